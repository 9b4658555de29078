/** The webhook gateway against a real HTTP endpoint standing in for the operator's SMS gateway. */
import { createServer, type Server } from 'node:http';
import { ApplicationFailure } from '@temporalio/common';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createWebhookGateway } from './webhook-gateway.ts';

let server: Server;
let url = '';
const received: Array<{ key: string | undefined; body: string }> = [];
let answer = { status: 200, body: '{"messageId":"m-1"}' };

beforeAll(async () => {
  server = createServer((req, res) => {
    let body = '';
    req.on('data', (chunk: Buffer) => (body += chunk.toString()));
    req.on('end', () => {
      const key = req.headers['idempotency-key'];
      received.push({ key: typeof key === 'string' ? key : undefined, body });
      res.writeHead(answer.status, { 'content-type': 'application/json' }).end(answer.body);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/send`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

const message = { idempotencyKey: 'run-x:tell:1', channel: 'sms', to: '13800000001', text: '您好', runId: 'run-x', nodeId: 'tell' };

describe('webhook gateway', () => {
  it('posts the message with its idempotency key and returns the gateway message id', async () => {
    answer = { status: 200, body: '{"messageId":"m-1"}' };
    expect(await createWebhookGateway(url, fetch).send(message)).toEqual({ messageId: 'm-1', duplicate: false });
    expect(received.at(-1)).toEqual({ key: 'run-x:tell:1', body: JSON.stringify(message) });
  });

  it('a 4xx refusal is a non-retryable business error; a 5xx is a retryable error', async () => {
    answer = { status: 422, body: 'recipient blocked' };
    const refused = await createWebhookGateway(url, fetch).send(message).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(ApplicationFailure);
    expect(refused).toMatchObject({ type: 'GatewayRejected', nonRetryable: true, message: expect.stringContaining('recipient blocked') });
    answer = { status: 503, body: 'busy' };
    const busy = await createWebhookGateway(url, fetch).send(message).catch((e: unknown) => e);
    expect(busy).not.toBeInstanceOf(ApplicationFailure);
    expect(busy).toMatchObject({ message: 'gateway answered 503' });
  });
});
