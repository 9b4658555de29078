/**
 * HTTP calls to the operator's telecom systems (the demo service in development). 4xx answers are business
 * errors the flow routes on (NotFound, Conflict, Rejected); 5xx and network errors are retried by Temporal.
 */
import type { z } from 'zod';
import { businessError, type TActivityContext } from '../../sdk/define-activity.ts';

/** Calls the service and checks its answer against the activity's output schema (an outside value). */
export async function callTelecom<S extends z.ZodType>(ctx: TActivityContext, reply: S, method: 'GET' | 'POST', path: string, body?: unknown): Promise<z.output<S>> {
  const base = ctx.deps.services.telecom;
  if (!base) throw businessError('ServiceNotConfigured', 'the telecom service URL is not configured (services.telecom)');
  const response = await ctx.deps.http(new URL(path, base), {
    method,
    headers: { 'content-type': 'application/json', 'idempotency-key': ctx.idempotencyKey },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    signal: ctx.signal,
  });
  const text = await response.text();
  const payload: unknown = text === '' ? null : JSON.parse(text);
  if (response.ok) {
    const parsed = reply.safeParse(payload);
    if (parsed.success) return parsed.data;
    throw businessError('BadReply', `telecom service answered ${method} ${path} with an unexpected shape: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  }
  const reason = typeof payload === 'object' && payload !== null && 'error' in payload ? String(payload.error) : text;
  if (response.status === 404) throw businessError('NotFound', reason);
  if (response.status === 409) throw businessError('Conflict', reason);
  if (response.status < 500) throw businessError('Rejected', `telecom service refused ${method} ${path} (${response.status}): ${reason}`);
  throw new Error(`telecom service answered ${response.status} to ${method} ${path}: ${reason}`);
}
