/**
 * The HTTP front door: tRPC at /trpc, liveness at /healthz, the web app for everything else.
 * tRPC parses bodies itself and answers malformed JSON with 400; any unexpected throw becomes a 500, never a crash.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { createHTTPHandler } from '@trpc/server/adapters/standalone';
import { LoginThrottle } from '../auth/login-throttle.ts';
import { appRouter } from '../router/index.ts';
import { createHttpContext, type TAppDeps } from './context.ts';
import { handleReply, REPLIES_PATH } from './replies.ts';
import { setSecurityHeaders } from './security-headers.ts';
import { serveStatic } from './static.ts';

export type THttpOptions = Omit<TAppDeps, 'loginThrottle'> & {
  webDist: string | null;
  log: (level: 'info' | 'warn' | 'error', message: string) => void;
};

/** 5 MiB holds a flow of several thousand nodes; a 10 MB document is refused with 413 instead of tying up the server. */
const MAX_BODY_BYTES = 5 * 1024 * 1024;

export function createAppServer(options: THttpOptions): Server {
  const deps: TAppDeps = { ...options, loginThrottle: new LoginThrottle() };
  const trpc = createHTTPHandler({
    router: appRouter,
    basePath: '/trpc/',
    maxBodySize: MAX_BODY_BYTES,
    createContext: ({ req, res }) => createHttpContext(deps, req, res),
    onError: ({ error, path }) => {
      if (error.code === 'INTERNAL_SERVER_ERROR') options.log('error', `tRPC ${path ?? '?'}: ${error.cause?.stack ?? error.stack ?? error.message}`);
    },
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    setSecurityHeaders(res, options.config.cookieSecure);
    const pathname = new URL(req.url ?? '/', 'http://localhost').pathname;
    if (pathname === '/healthz') {
      res.writeHead(200, { 'Content-Type': 'application/json', 'Cache-Control': 'no-store' }).end('{"ok":true}');
      return;
    }
    if (pathname === REPLIES_PATH) {
      await handleReply(deps.db, options.config.gatewayCallbackSecret, req, res);
      return;
    }
    if (pathname.startsWith('/trpc/')) {
      res.setHeader('Cache-Control', 'no-store');
      await trpc(req, res);
      return;
    }
    serveStatic(options.webDist, req, res, pathname);
  }

  return createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      options.log('error', `HTTP ${req.method} ${req.url}: ${error instanceof Error ? error.stack : String(error)}`);
      if (!res.headersSent) res.writeHead(500, { 'Content-Type': 'text/plain; charset=utf-8' });
      res.end('Internal server error\n');
    });
  });
}
