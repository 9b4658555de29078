/** Inbox filters, kept in the URL (shareable, survive reload) and turned into the inbox.list input. */
import { navigate, useLocation } from '../lib/router.tsx';

export const SCOPES = ['mine', 'groups', 'all'] as const;
export type TScope = (typeof SCOPES)[number];

export function useInboxFilters() {
  const { pathname, search } = useLocation();
  const scope: TScope = SCOPES.find((s) => s === search.get('scope')) ?? 'groups';
  const update = (patch: Record<string, string | null>) => {
    const next = new URLSearchParams(search);
    for (const [k, v] of Object.entries(patch)) {
      if (v) next.set(k, v);
      else next.delete(k);
    }
    navigate(`${pathname}${next.size ? `?${next}` : ''}`, { replace: true });
  };
  return {
    scope,
    overdue: search.get('overdue') === '1',
    flowKey: search.get('flow') ?? '',
    text: search.get('q') ?? '',
    /** Closed tasks (decided, expired, cancelled) stay readable for whoever could see them: who decided what and why. */
    closed: search.get('status') === 'closed',
    selected: search.get('task'),
    update,
  };
}
