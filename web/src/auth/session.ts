/**
 * The signed-in user. `auth.me` answers 401 when there is no session, which here simply means "signed out".
 * The CSRF token comes with it (and with login); we also read the `sb_csrf` cookie so a reload before `me`
 * returns still sends the right header.
 */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { httpStatus, setCsrfToken, trpc, type RouterOutputs } from '../lib/trpc.ts';

export type TMe = RouterOutputs['auth']['me'];
export type TUser = TMe['user'];

function csrfFromCookie() {
  const hit = document.cookie.split(';').map((c) => c.trim()).find((c) => c.startsWith('sb_csrf='));
  return hit ? decodeURIComponent(hit.slice('sb_csrf='.length)) : null;
}
setCsrfToken(csrfFromCookie());

export function useSession() {
  const query = useQuery({
    ...trpc.auth.me.queryOptions(undefined, { retry: false, staleTime: 60_000, refetchOnWindowFocus: false }),
    select: (me: TMe) => {
      setCsrfToken(me.csrfToken ?? csrfFromCookie());
      return me;
    },
  });
  const signedOut = query.isError && httpStatus(query.error) === 401;
  // After a 401 the cache still holds the last user; that user is gone, so never hand it out.
  return { user: signedOut ? null : query.data?.user ?? null, isLoading: query.isLoading, signedOut, error: signedOut ? null : query.error };
}

export function useLogin() {
  const qc = useQueryClient();
  return useMutation(
    trpc.auth.login.mutationOptions({
      onSuccess: (data) => {
        setCsrfToken(data.csrfToken);
        qc.setQueryData(trpc.auth.me.queryKey(), { user: data.user, csrfToken: data.csrfToken });
      },
    }),
  );
}

export function useLogout() {
  const qc = useQueryClient();
  return useMutation(
    trpc.auth.logout.mutationOptions({
      onSettled: () => {
        setCsrfToken(null);
        qc.clear();
        window.location.assign('/login');
      },
    }),
  );
}

export const hasRole = (user: TUser | null, ...roles: string[]) => !!user && user.roles.some((r) => roles.includes(r));
