/**
 * The typed API client for CLI commands that talk to a running server (`switchboard run …`, `task …`).
 * Authenticates with a personal access token (SWITCHBOARD_TOKEN, created with `switchboard admin create-token`
 * or `auth.createToken`) sent as `Authorization: Bearer`; bearer calls need no CSRF header.
 */
import { createTRPCClient, httpLink, TRPCClientError } from '@trpc/client';
import type { AppRouter } from '../router/index.ts';
import { env } from '../env.ts';

export class CliConfigError extends Error {
  override name = 'CliConfigError';
}

export function createApiClient(options: { url?: string; token?: string } = {}) {
  const e = env();
  const token = options.token ?? e.SWITCHBOARD_TOKEN;
  if (!token) {
    throw new CliConfigError('SWITCHBOARD_TOKEN is not set. Create one with `switchboard admin create-token <username> --name cli` (or in the web app) and export it.');
  }
  const url = `${(options.url ?? e.SWITCHBOARD_URL).replace(/\/$/, '')}/trpc`;
  return createTRPCClient<AppRouter>({ links: [httpLink({ url, headers: { authorization: `Bearer ${token}` } })] });
}

/** One line for the terminal from whatever the API call threw (status and server message, no stack). */
export function describeApiError(error: unknown): string {
  if (error instanceof CliConfigError) return error.message;
  if (error instanceof TRPCClientError) {
    const status = error.data !== null && typeof error.data === 'object' ? Reflect.get(error.data, 'httpStatus') : undefined;
    if (status === 401) return `Not signed in: the server refused SWITCHBOARD_TOKEN (${error.message})`;
    return `${typeof status === 'number' ? `HTTP ${status}: ` : ''}${error.message}`;
  }
  return error instanceof Error ? error.message : String(error);
}
