# One image for both the `server` and the `worker` services of docker-compose.yml (they differ by command).
# TypeScript runs through tsx (no separate compile step, the same as `npm start`); the web app is built here.
FROM node:20-bookworm-slim

WORKDIR /app
ENV NODE_ENV=production \
    HOST=0.0.0.0 \
    PORT=3000

# Dependencies first, so editing sources does not reinstall them. Dev dependencies stay: tsx runs the sources
# and vite builds the web app.
COPY package.json package-lock.json ./
COPY flows/package.json flows/
COPY drizzle/package.json drizzle/
COPY worker/package.json worker/
COPY server/package.json server/
COPY web/package.json web/
RUN npm ci --include=dev --no-audit --no-fund

COPY . .
RUN npm run build -w web && chown -R node:node /app

USER node
EXPOSE 3000
HEALTHCHECK --interval=10s --timeout=3s --start-period=30s --retries=3 \
  CMD node -e "fetch('http://127.0.0.1:'+(process.env.PORT||3000)+'/healthz').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"

# `server` service: the API and web app. The `worker` service overrides this with `--worker-only`.
CMD ["node", "--import", "tsx", "server/src/main.ts"]
