import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { hasRole, useSession } from '../auth/session.ts';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../lib/format.ts';
import { Link, navigate, useLocation } from '../lib/router.tsx';
import { trpc } from '../lib/trpc.ts';
import { PageHead } from '../shell/Layout.tsx';
import { Empty, ErrorBox, Loading } from '../ui/states.tsx';
import { Icon } from '../ui/icons.tsx';
import { RunStatus } from '../ui/status.tsx';
import { StartRunDialog } from './StartRunDialog.tsx';
import { useRuns } from './use-runs.ts';

const STATUSES = ['running', 'completed', 'failed', 'cancelled', 'terminated'] as const;

/** Filters live in the URL so a filtered list can be shared and survives a reload. */
function useFilters() {
  const { pathname, search } = useLocation();
  const set = (name: string, value: string) => {
    const next = new URLSearchParams(search);
    if (value) next.set(name, value);
    else next.delete(name);
    navigate(`${pathname}${next.size ? `?${next}` : ''}`, { replace: true });
  };
  return { flowKey: search.get('flow') ?? '', status: search.get('status') ?? '', set };
}

export function RunsPage() {
  const { t } = useTranslation();
  const fmt = useFormat();
  const filters = useFilters();
  const { user } = useSession();
  const [starting, setStarting] = useState(false);
  const flows = useQuery(trpc.flows.list.queryOptions());
  const runs = useRuns({ flowKey: filters.flowKey || undefined, status: STATUSES.find((s) => s === filters.status) });
  const items = runs.data?.pages.flatMap((p) => p.runs) ?? [];

  return (
    <>
      <PageHead title={t('runs.title')}>
        {hasRole(user, 'operator', 'designer', 'admin') && (
          <button type="button" className="btn btn-primary" onClick={() => setStarting(true)}><Icon name="runs" />{t('runs.start')}</button>
        )}
      </PageHead>
      {starting && <StartRunDialog onClose={() => setStarting(false)} />}
      <div className="toolbar">
        <select className="select" aria-label={t('runs.filterFlow')} value={filters.flowKey} onChange={(e) => filters.set('flow', e.target.value)}>
          <option value="">{t('runs.allFlows')}</option>
          {flows.data?.map((f) => <option key={f.key} value={f.key}>{f.key}</option>)}
        </select>
        <select className="select" aria-label={t('runs.filterStatus')} value={filters.status} onChange={(e) => filters.set('status', e.target.value)}>
          <option value="">{t('runs.allStatuses')}</option>
          {STATUSES.map((s) => <option key={s} value={s}>{t(`runStatus.${s}`)}</option>)}
        </select>
        <div className="spacer" />
        {runs.data && <span className="small faint">{t('runs.count', { count: items.length })}{runs.hasNextPage ? '+' : ''}</span>}
      </div>
      <div className="page-body" style={{ padding: 0 }}>
        {runs.isLoading && <Loading />}
        {runs.error && <div style={{ padding: 24 }}><ErrorBox error={runs.error} /></div>}
        {runs.data && items.length === 0 && <Empty icon="runs" title={t('runs.empty')} />}
        {items.length > 0 && (
          <table className="table" data-testid="runs-table">
            <thead>
              <tr>
                <th>{t('runs.flow')}</th>
                <th>{t('runs.status')}</th>
                <th>{t('runs.position')}</th>
                <th>{t('runs.initiator')}</th>
                <th>{t('runs.started')}</th>
                <th className="num">{t('runs.duration')}</th>
              </tr>
            </thead>
            <tbody>
              {items.map((r) => (
                <tr key={r.id} onClick={() => navigate(`/runs/${encodeURIComponent(r.id)}`)} data-run-id={r.id}>
                  <td>
                    <Link to={`/runs/${encodeURIComponent(r.id)}`} onClick={(e) => e.stopPropagation()} style={{ color: 'inherit', fontWeight: 500 }}>
                      {r.flowKey}
                    </Link>{' '}
                    <span className="tag" data-testid="run-version">v{r.version}</span>
                    {r.isTest && <> <span className="tag">{t('runs.test')}</span></>}
                  </td>
                  <td><RunStatus status={r.status} outcome={r.outcome} /></td>
                  <td className="muted small">{r.status === 'running' ? r.position.join(', ') || '—' : '—'}</td>
                  <td className="muted">{r.initiator}</td>
                  <td title={fmt.dateTime(r.startedAt)}>{fmt.relative(r.startedAt)}</td>
                  <td className="num muted">
                    {fmt.duration((r.endedAt ? new Date(r.endedAt).getTime() : Date.now()) - new Date(r.startedAt).getTime())}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        {runs.hasNextPage && (
          <div className="row" style={{ justifyContent: 'center', padding: 16 }}>
            <button type="button" className="btn" onClick={() => void runs.fetchNextPage()} disabled={runs.isFetchingNextPage}>{t('runs.more')}</button>
          </div>
        )}
      </div>
    </>
  );
}
