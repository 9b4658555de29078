/**
 * Serves the built web app (web/dist): hashed assets with long caching, everything else falls back to
 * index.html so client-side routes (/inbox, /runs/…) survive a reload. Paths are resolved inside the folder only.
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.map': 'application/json; charset=utf-8',
  '.wasm': 'application/wasm',
  '.txt': 'text/plain; charset=utf-8',
};

function resolveInside(root: string, urlPath: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  const full = normalize(join(root, decoded));
  return full === root || full.startsWith(root.endsWith(sep) ? root : root + sep) ? full : null;
}

function sendFile(res: ServerResponse, path: string, cache: string, method: string): void {
  res.writeHead(200, {
    'Content-Type': TYPES[extname(path).toLowerCase()] ?? 'application/octet-stream',
    'Content-Length': statSync(path).size,
    'Cache-Control': cache,
  });
  if (method === 'HEAD') res.end();
  else createReadStream(path).pipe(res);
}

export function serveStatic(root: string | null, req: IncomingMessage, res: ServerResponse, pathname: string): void {
  const method = req.method ?? 'GET';
  if (method !== 'GET' && method !== 'HEAD') {
    res.writeHead(405, { Allow: 'GET, HEAD', 'Content-Type': 'text/plain; charset=utf-8' }).end('Method not allowed\n');
    return;
  }
  const index = root ? join(root, 'index.html') : null;
  if (!root || !index || !existsSync(index)) {
    res.writeHead(503, { 'Content-Type': 'text/plain; charset=utf-8' });
    res.end('The web app is not built. Run `npm run build -w web` (npm start does this for you).\n');
    return;
  }
  const file = resolveInside(root, pathname);
  if (file && existsSync(file) && statSync(file).isFile()) {
    const immutable = pathname.startsWith('/assets/');
    sendFile(res, file, immutable ? 'public, max-age=31536000, immutable' : 'no-cache', method);
    return;
  }
  // A missing file with an extension is a real 404; anything else is a client route.
  if (extname(pathname) !== '') {
    res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Not found\n');
    return;
  }
  sendFile(res, index, 'no-cache', method);
}
