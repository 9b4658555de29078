/**
 * A small demo of the operator's CRM and billing over HTTP/JSON, standing in for them at their protocol
 * boundary (started by `npm start` and by tests). Side-effecting calls require an `Idempotency-Key`: a repeated
 * key replays the stored response without acting again, and `state.effects` records each effect once, so a
 * test can prove that a retried or re-executed activity did nothing twice.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { routeTelecom, type TReply } from './routes.ts';
import { seedTelecomData, type TTelecomData } from './seed.ts';

export type TEffect = { kind: string; idempotencyKey: string; subject: string; at: string };

export type TTelecomState = {
  data: TTelecomData;
  effects: TEffect[];
  /** Every side-effecting request, repeats included (so tests can see that a retry really happened). */
  requests: Array<{ kind: string; idempotencyKey: string }>;
  replies: Map<string, TReply>;
  /** Test hook: fail the next N calls of a kind with 503 AFTER acting, as a crash between act and reply would. */
  faults: Record<string, number>;
  /** Test hook: hold the reply to a path this many ms (after acting), to kill a worker while a call is in flight. */
  delays: Record<string, number>;
  sequence: number;
};

export type TTelecomService = { url: string; state: TTelecomState; stop: () => Promise<void> };

async function readJson(req: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk)));
  const text = Buffer.concat(chunks).toString('utf8');
  if (text === '') return {};
  return JSON.parse(text);
}

function send(res: ServerResponse, reply: TReply): void {
  res.writeHead(reply.status, { 'content-type': 'application/json; charset=utf-8' });
  res.end(JSON.stringify(reply.body));
}

export async function startTelecomService(options: { port?: number; host?: string } = {}): Promise<TTelecomService> {
  const state: TTelecomState = { data: seedTelecomData(), effects: [], requests: [], replies: new Map(), faults: {}, delays: {}, sequence: 0 };
  const server = createServer((req, res) => {
    void (async () => {
      try {
        const body = req.method === 'GET' || req.method === 'HEAD' ? {} : await readJson(req);
        const url = new URL(req.url ?? '/', 'http://localhost');
        const key = req.headers['idempotency-key'];
        const reply = routeTelecom(state, { method: req.method ?? 'GET', url, body, idempotencyKey: typeof key === 'string' ? key : null });
        const delay = state.delays[url.pathname] ?? 0;
        if (delay > 0) await new Promise((resolve) => setTimeout(resolve, delay));
        if (!res.destroyed) send(res, reply);
      } catch (error) {
        send(res, { status: 400, body: { error: error instanceof Error ? error.message : String(error) } });
      }
    })();
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, options.host ?? '127.0.0.1', () => resolve());
  });
  const address = server.address();
  const port = typeof address === 'object' && address !== null ? address.port : 0;
  return {
    url: `http://${options.host ?? '127.0.0.1'}:${port}`,
    state,
    stop: () => new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    }),
  };
}
