import { useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { trpc, type RouterOutputs } from '../lib/trpc.ts';
import { Icon } from '../ui/icons.tsx';
import { SCOPES, type useInboxFilters } from './inbox-filters.ts';

type TProps = { filters: ReturnType<typeof useInboxFilters>; counts: RouterOutputs['inbox']['list']['counts'] | undefined };

export function InboxFilters({ filters, counts }: TProps) {
  const { t } = useTranslation();
  const flows = useQuery(trpc.flows.list.queryOptions());
  // Type freely; the URL (and the query) follow after a short pause.
  const [text, setText] = useState(filters.text);
  useEffect(() => {
    const timer = window.setTimeout(() => text !== filters.text && filters.update({ q: text || null }), 250);
    return () => window.clearTimeout(timer);
  }, [text, filters]);

  return (
    <div className="inbox-filters">
      <div className="segmented" role="group" aria-label={t('inbox.scope')}>
        {SCOPES.map((s) => (
          <button key={s} type="button" aria-pressed={filters.scope === s} onClick={() => filters.update({ scope: s })} data-scope={s}>
            {t(`inbox.scopes.${s}`)}
            {counts && <span className="count">{counts[s]}</span>}
          </button>
        ))}
      </div>
      <div className="search-box" style={{ width: '100%' }}>
        <Icon name="search" />
        <input className="input" value={text} onChange={(e) => setText(e.target.value)} placeholder={t('inbox.search')} aria-label={t('inbox.search')} />
      </div>
      <div className="row">
        <select className="select" aria-label={t('inbox.status')} value={filters.closed ? 'closed' : 'open'}
          onChange={(e) => filters.update({ status: e.target.value === 'closed' ? 'closed' : null })} data-testid="inbox-status">
          <option value="open">{t('inbox.statusOpen')}</option>
          <option value="closed">{t('inbox.statusClosed')}</option>
        </select>
        <select className="select grow" aria-label={t('runs.filterFlow')} value={filters.flowKey} onChange={(e) => filters.update({ flow: e.target.value || null })}>
          <option value="">{t('runs.allFlows')}</option>
          {flows.data?.map((f) => <option key={f.key} value={f.key}>{f.name}</option>)}
        </select>
        <button type="button" className={`btn btn-sm ${filters.overdue ? 'btn-reject' : ''}`} aria-pressed={filters.overdue}
          onClick={() => filters.update({ overdue: filters.overdue ? null : '1' })}>
          <Icon name="clock" width={13} height={13} />{t('inbox.overdue')}
          {counts && <span className="count">{counts.overdue}</span>}
        </button>
      </div>
    </div>
  );
}
