/**
 * Start-up failures the operator can fix (database or Temporal unreachable, bad env). main.ts prints their
 * message as one line and exits 1 without a stack trace.
 */
import { DatabaseUnavailableError } from '@switchboard/drizzle';
import { EnvError } from './env.ts';

export class TemporalUnreachableError extends Error {
  override name = 'TemporalUnreachableError';
}

export class StartupError extends Error {
  override name = 'StartupError';
}

export function isOperatorError(error: unknown): error is Error {
  return (
    error instanceof DatabaseUnavailableError ||
    error instanceof TemporalUnreachableError ||
    error instanceof EnvError ||
    error instanceof StartupError
  );
}
