/**
 * The typed API client. Types come from the server's router (type-only import, nothing of the server is bundled);
 * requests go to same-origin /trpc with the session cookie, and every request carries the CSRF header the server
 * demands on mutations (its value must equal the session's token, which `auth.me` / `auth.login` hand us).
 */
import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query';
import { createTRPCClient, httpBatchLink, TRPCClientError } from '@trpc/client';
import { createTRPCOptionsProxy } from '@trpc/tanstack-react-query';
import type { inferRouterInputs, inferRouterOutputs } from '@trpc/server';
import type { AppRouter } from '@switchboard/server/router/index';

export type RouterOutputs = inferRouterOutputs<AppRouter>;
export type RouterInputs = inferRouterInputs<AppRouter>;

const CSRF_HEADER = 'x-switchboard-csrf';
/** Before sign-in there is no session token; the server then only checks that the header is present. */
let csrfToken = 'anonymous';
export function setCsrfToken(token: string | null | undefined) {
  csrfToken = token || 'anonymous';
}

/**
 * A 401 anywhere means the session ended (expired, signed out in another tab): re-ask `auth.me`, whose 401 sends
 * us to the login page. Not for `auth.me` itself (that would loop) nor login (a wrong password is also a 401).
 */
function onAuthLost(error: unknown, key: readonly unknown[] | undefined) {
  if (httpStatus(error) !== 401) return;
  const path = JSON.stringify(key?.[0]);
  if (path === JSON.stringify(['auth', 'me']) || path === JSON.stringify(['auth', 'login'])) return;
  void queryClient.invalidateQueries({ queryKey: trpc.auth.me.queryKey() });
}

export const queryClient = new QueryClient({
  queryCache: new QueryCache({ onError: (error, query) => onAuthLost(error, query.queryKey) }),
  mutationCache: new MutationCache({ onError: (error, _vars, _ctx, mutation) => onAuthLost(error, mutation.options.mutationKey) }),
  defaultOptions: {
    queries: {
      staleTime: 2_000,
      refetchOnWindowFocus: true,
      // Auth and permission errors will not fix themselves by retrying.
      retry: (count, error) => count < 2 && !isClientFault(error),
    },
  },
});

export const trpcClient = createTRPCClient<AppRouter>({
  links: [
    httpBatchLink({
      url: '/trpc',
      headers: () => ({ [CSRF_HEADER]: csrfToken }),
      fetch: (url, init) => fetch(url, { ...init, credentials: 'same-origin' }),
    }),
  ],
});

export const trpc = createTRPCOptionsProxy<AppRouter>({ client: trpcClient, queryClient });

/** HTTP status of a tRPC error, when the server sent one. */
export function httpStatus(error: unknown): number | undefined {
  if (!(error instanceof TRPCClientError)) return undefined;
  const data: unknown = error.data;
  if (data && typeof data === 'object' && 'httpStatus' in data && typeof data.httpStatus === 'number') {
    return data.httpStatus;
  }
  return undefined;
}

function isClientFault(error: unknown) {
  const status = httpStatus(error);
  return status !== undefined && status >= 400 && status < 500;
}

/** The server's readable message (it already names fields on 400s and reasons on refused decisions). */
export function errorText(error: unknown): string {
  if (error instanceof Error) return error.message;
  return String(error);
}
