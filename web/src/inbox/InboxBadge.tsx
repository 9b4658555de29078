import { useQuery } from '@tanstack/react-query';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { trpc } from '../lib/trpc.ts';

/** Open tasks waiting for me or my groups, refreshed in the background so the sidebar is always current. */
export function InboxBadge() {
  const { t } = useTranslation();
  const q = useQuery({ ...trpc.inbox.list.queryOptions({ scope: 'all', limit: 1 }), refetchInterval: 10_000, select: (d) => d.counts.all });
  // The tab title carries the count too, so new work is noticed from another tab.
  useEffect(() => {
    document.title = q.data ? `(${q.data}) Switchboard` : 'Switchboard';
  }, [q.data]);
  if (!q.data) return null;
  return <span className="count accent" data-testid="inbox-count" aria-label={t('inbox.openCount', { count: q.data })}>{q.data}</span>;
}
