import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { hasRole, useSession } from '../auth/session.ts';
import { graphOf } from '../graph/graph-model.ts';
import { useVersionDocument, VersionGraph } from '../graph/VersionGraph.tsx';
import { useFormat } from '../lib/format.ts';
import { Link } from '../lib/router.tsx';
import { trpc } from '../lib/trpc.ts';
import { PageHead } from '../shell/Layout.tsx';
import { DataView } from '../ui/DataView.tsx';
import { Findings } from '../ui/Findings.tsx';
import { ErrorBox, Loading } from '../ui/states.tsx';
import { RunStatus } from '../ui/status.tsx';
import { RunActions } from './RunActions.tsx';
import { RunTimeline } from './RunTimeline.tsx';

export function RunDetailPage({ runId }: { runId: string }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const { user } = useSession();
  const q = useQuery({
    ...trpc.runs.get.queryOptions({ runId }),
    // Keep polling while something can still change.
    refetchInterval: (query) => (query.state.data?.status === 'running' ? 3_000 : false),
  });

  const document = useVersionDocument(q.data?.flowKey, q.data?.version).data;
  const labels = useMemo(() => new Map(graphOf(document).nodes.map((n) => [n.id, n.label])), [document]);
  const visited = useMemo(() => [...new Set(q.data?.events.flatMap((e) => (e.nodeId ? [e.nodeId] : [])) ?? [])], [q.data?.events]);

  const crumbs = (
    <>
      <Link to="/runs" className="muted" style={{ fontWeight: 500 }}>{t('nav.runs')}</Link>
      <span className="faint">/</span>
      <span className="mono" style={{ fontSize: 13 }}>{runId}</span>
    </>
  );
  if (q.isLoading) return <><PageHead title={crumbs} /><Loading rows={6} /></>;
  if (q.error || !q.data) return <><PageHead title={crumbs} /><div className="page-body"><ErrorBox error={q.error} /></div></>;
  const run = q.data;
  const events = run.events;
  const canOperate = run.status === 'running' && hasRole(user, 'operator', 'designer', 'admin');

  return (
    <>
      <PageHead title={crumbs}>{canOperate && <RunActions runId={run.id} />}</PageHead>
      <div className="page-body">
        <div className="run-grid">
          <div className="stack">
            <section className="card">
              <div className="card-head">
                <h2 className="grow">{run.flowKey} <span className="tag">v{run.version}</span></h2>
                <span data-testid="run-status"><RunStatus status={run.status} outcome={run.outcome} /></span>
              </div>
              <div className="card-body">
                <dl className="kv">
                  <dt>{t('run.version')}</dt><dd>v{run.version}</dd>
                  <dt>{t('run.planHash')}</dt><dd><code title={run.planHash}>{run.planHash.slice(0, 12)}</code></dd>
                  <dt>{t('run.initiator')}</dt><dd>{run.initiator}</dd>
                  <dt>{t('run.started')}</dt><dd>{fmt.dateTime(run.startedAt)}</dd>
                  <dt>{t('run.ended')}</dt><dd>{fmt.dateTime(run.endedAt)}</dd>
                  {run.outcome && <><dt>{t('run.outcome')}</dt><dd>{t(`outcome.${run.outcome}`, { defaultValue: run.outcome })}</dd></>}
                  {run.status === 'running' && (
                    <>
                      <dt>{t('run.position')}</dt>
                      <dd>{run.position.length ? run.position.map((p) => <span key={p} className="tag" style={{ marginRight: 4 }}>{labels.get(p) ?? p}</span>) : '—'}</dd>
                    </>
                  )}
                  {run.error && <><dt>{t('run.error')}</dt><dd className="field-error">{run.error}</dd></>}
                </dl>
              </div>
            </section>
            <section className="card">
              <div className="card-head"><h2>{t('run.graph')}</h2></div>
              <div className="card-body">
                <VersionGraph flowKey={run.flowKey} version={run.version} position={run.position} visited={visited} height={300} />
              </div>
            </section>
            <section className="card">
              <div className="card-head"><h2>{t('run.input')}</h2></div>
              <div className="card-body"><DataView value={run.input} /></div>
            </section>
            {run.result !== null && run.result !== undefined && (
              <section className="card">
                <div className="card-head"><h2>{t('run.result')}</h2></div>
                <div className="card-body"><DataView value={run.result} /></div>
              </section>
            )}
            {Array.isArray(run.findings) && run.findings.length > 0 && (
              <section className="card">
                <div className="card-head"><h2>{t('run.findings')}</h2></div>
                <div className="card-body"><Findings findings={run.findings} /></div>
              </section>
            )}
          </div>
          <section className="card">
            <div className="card-head"><h2>{t('run.timeline')}</h2></div>
            <div className="card-body"><RunTimeline events={events} labels={labels} ended={run.status !== 'running'} /></div>
          </section>
        </div>
      </div>
    </>
  );
}
