/** Readable failure details from what an activity or child workflow threw (ActivityFailure wraps the cause). */
import { ApplicationFailure, TemporalFailure } from '@temporalio/workflow';

export type TFailureInfo = { type: string; message: string };

export function describeFailure(error: unknown): TFailureInfo {
  let current: unknown = error;
  // The innermost ApplicationFailure carries the activity's own type and message.
  while (current instanceof TemporalFailure && !(current instanceof ApplicationFailure) && current.cause) current = current.cause;
  if (current instanceof ApplicationFailure) return { type: current.type ?? 'Error', message: current.message };
  if (current instanceof Error) return { type: current.name, message: current.message };
  return { type: 'Error', message: String(current) };
}

/** Routes to the `error` port when the node has one, else fails the run with a sentence naming the node. */
export function errorPortOrFail(ports: Record<string, string[]>, nodeId: string, what: string, error: unknown) {
  const info = describeFailure(error);
  if (ports.error?.length) return { port: 'error', assign: { error: { nodeId, ...info } } };
  throw ApplicationFailure.nonRetryable(`${what} failed at node "${nodeId}": ${info.message}`, info.type);
}
