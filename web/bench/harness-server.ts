/** Serves the editor harness with Vite (dev server on a free port) for the bench and development screenshots. */
import { fileURLToPath } from 'node:url';
import { createServer, type ViteDevServer } from 'vite';

const webRoot = fileURLToPath(new URL('..', import.meta.url));

export async function startHarness(): Promise<{ url: string; close(): Promise<void>; server: ViteDevServer }> {
  const server = await createServer({
    root: webRoot,
    configFile: fileURLToPath(new URL('../vite.config.ts', import.meta.url)),
    server: { port: 0, host: '127.0.0.1', hmr: false, watch: null },
    logLevel: 'warn',
    clearScreen: false,
  });
  await server.listen();
  const address = server.httpServer?.address();
  if (!address || typeof address === 'string') throw new Error('vite did not report a port');
  return { url: `http://127.0.0.1:${address.port}/bench/harness/index.html`, close: () => server.close(), server };
}
