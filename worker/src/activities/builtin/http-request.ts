/** Built-in `http.request`: non-2xx statuses are returned, not thrown; network errors retry as usual. */
import { parseDuration } from '@switchboard/flows/expr/duration';
import { z } from 'zod';
import { businessError, defineActivity } from '../../sdk/define-activity.ts';

export const httpRequest = defineActivity({
  type: 'http.request',
  title: 'HTTP request',
  description: 'Calls an HTTP endpoint; non-2xx statuses are returned, not thrown.',
  category: 'built-in',
  input: z
    .object({
      method: z.enum(['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'HEAD']),
      url: z.string().min(1),
      headers: z.record(z.string(), z.string()).optional(),
      body: z.unknown().optional(),
      timeout: z.string().optional().describe('duration, e.g. "30s" or "PT30S"'),
    })
    .strict(),
  output: z.object({ status: z.number().int(), headers: z.record(z.string(), z.string()), body: z.unknown() }),
  async run(input, ctx) {
    const timeoutMs = input.timeout === undefined ? 30_000 : parseDuration(input.timeout);
    if (timeoutMs === null) throw businessError('InvalidInput', `http.request: timeout "${input.timeout}" is not a duration`);
    const hasBody = input.body !== undefined && input.method !== 'GET' && input.method !== 'HEAD';
    const response = await ctx.deps.http(input.url, {
      method: input.method,
      headers: { ...(hasBody ? { 'content-type': 'application/json' } : {}), 'idempotency-key': ctx.idempotencyKey, ...input.headers },
      ...(hasBody ? { body: typeof input.body === 'string' ? input.body : JSON.stringify(input.body) } : {}),
      signal: AbortSignal.any([ctx.signal, AbortSignal.timeout(timeoutMs)]),
    });
    const text = await response.text();
    let body: unknown = text;
    if ((response.headers.get('content-type') ?? '').includes('json') && text !== '') {
      try {
        body = JSON.parse(text);
      } catch {
        body = text;
      }
    }
    return { status: response.status, headers: Object.fromEntries(response.headers.entries()), body };
  },
});
