import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import type { TUser } from '../auth/session.ts';
import { VersionGraph } from '../graph/VersionGraph.tsx';
import { useFormat } from '../lib/format.ts';
import { Link } from '../lib/router.tsx';
import { trpc } from '../lib/trpc.ts';
import { DataView } from '../ui/DataView.tsx';
import { Findings } from '../ui/Findings.tsx';
import { Icon } from '../ui/icons.tsx';
import { ErrorBox, Loading } from '../ui/states.tsx';
import { RunStatus, TaskStatus } from '../ui/status.tsx';
import { DecisionForm } from './DecisionForm.tsx';
import { TaskActions } from './TaskActions.tsx';
import { TaskHistory, type THistoryItem } from './TaskHistory.tsx';
import { useMessageReview } from '../messages/index.ts';

type TProps = { taskId: string; user: TUser; decideRef: RefObject<((outcome: string) => void) | null>; onDecided: () => void };
type TTab = 'history' | 'input' | 'findings';

export function TaskDetail({ taskId, user, decideRef, onDecided }: TProps) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const qc = useQueryClient();
  const [tab, setTab] = useState<TTab>('history');
  const q = useQuery({ ...trpc.inbox.get.queryOptions({ taskId }), refetchInterval: 4_000 });
  // The run's validated messages, highlighted; errors block approving, warnings need an acknowledgement first.
  const messageReview = useMessageReview(q.data, q.data?.run?.findings, user);
  // The run's path so far, to draw where the case has been (the inbox row only knows where it is now).
  const runId = q.data?.run?.id;
  const trail = useQuery({
    ...trpc.runs.get.queryOptions({ runId: runId ?? '' }),
    enabled: !!runId,
    select: (r) => [...new Set(r.events.flatMap((e) => (e.nodeId ? [e.nodeId] : [])))],
  });
  const refresh = () => {
    void qc.invalidateQueries({ queryKey: trpc.inbox.get.queryKey({ taskId }) });
    void qc.invalidateQueries({ queryKey: trpc.inbox.list.queryKey() });
  };

  if (q.isLoading) return <Loading rows={8} />;
  if (q.error || !q.data) return <div className="detail"><ErrorBox error={q.error} /></div>;
  const task = q.data;
  const run = task.run;
  const history: THistoryItem[] = [
    ...task.earlier.flatMap((e) => e.decisions.map((d): THistoryItem => ({ kind: 'decision', id: d.key, by: d.username, at: d.at, outcome: d.outcome, comment: d.comment, task: e.title }))),
    ...task.decisions.map((d): THistoryItem => ({ kind: 'decision', id: d.key, by: d.username, at: d.at, outcome: d.outcome, comment: d.comment })),
    ...task.comments.map((c): THistoryItem => ({ kind: 'comment', id: c.id, by: c.author, at: c.at, body: c.body })),
    ...task.history
      .filter((h) => !/decided|comment|approval-recorded/.test(h.action))
      .map((h, i): THistoryItem => ({ kind: 'audit', id: `${i}`, by: h.actor, at: h.at, action: h.action, reason: h.reason })),
  ];
  const findings = Array.isArray(run?.findings) ? run.findings : [];
  const tabs: TTab[] = findings.length ? ['history', 'input', 'findings'] : ['history', 'input'];

  return (
    <div className="detail" data-testid="task-detail">
      <div className="detail-head">
        <div className="grow">
          <h2 data-testid="task-title">{task.title}</h2>
          <div className="detail-meta">
            <TaskStatus status={task.status} />
            <span><Icon name="flows" width={13} height={13} />{task.flowKey} <span className="tag">v{task.version}</span></span>
            {run && <span><Link to={`/runs/${encodeURIComponent(run.id)}`}>{t('inbox.openRun')}</Link> <RunStatus status={run.status} /></span>}
            {task.dueAt && (
              <span className={task.overdue ? 'due-over' : ''} title={fmt.dateTime(task.dueAt)}>
                <Icon name="clock" width={13} height={13} />{t('inbox.due', { when: fmt.relative(task.dueAt) })}
              </span>
            )}
            <span><Icon name="users" width={13} height={13} />{[...task.assigneeGroups.map((g) => t(`group.${g}`, { defaultValue: g })), ...task.assigneeUsers].join(', ') || '—'}</span>
            {task.claimedBy && <span><Icon name="user" width={13} height={13} />{t('inbox.claimedBy', { user: task.claimedBy.username })}</span>}
            {task.quorum > 1 && <span>{t('inbox.quorum', { have: task.approvals, need: task.quorum })}</span>}
          </div>
        </div>
        {task.status === 'open' && <TaskActions taskId={task.id} claimedBy={task.claimedBy} user={user} onChanged={refresh} />}
      </div>

      {task.instructions && <div className="instructions">{task.instructions}</div>}

      {messageReview.view}

      {task.status === 'open' ? (
        <DecisionForm taskId={task.id} outcomes={task.outcomes} form={task.form} decideRef={decideRef} onDecided={() => { refresh(); onDecided(); }}
          approvalBlock={messageReview.approvalBlock} />
      ) : (
        <div className="alert alert-success">{t('inbox.closed', { outcome: task.outcome ?? t(`taskStatus.${task.status}`) })}</div>
      )}

      <section className="card">
        <div className="card-head"><h3>{t('inbox.where')}</h3></div>
        <div className="card-body">
          <VersionGraph flowKey={task.flowKey} version={task.version} position={run?.position ?? [task.nodeId]} visited={trail.data} height={300} />
        </div>
      </section>

      <section className="card">
        <div className="tabs" role="tablist">
          {tabs.map((k) => (
            <button key={k} type="button" role="tab" aria-selected={tab === k} onClick={() => setTab(k)}>
              {t(`inbox.tab.${k}`)}
              {k === 'history' && history.length > 0 && <span className="count" style={{ marginLeft: 6 }}>{history.length}</span>}
              {k === 'findings' && <span className="count" style={{ marginLeft: 6 }}>{findings.length}</span>}
            </button>
          ))}
        </div>
        <div className="card-body">
          {tab === 'history' && <TaskHistory taskId={task.id} items={history} onCommented={refresh} />}
          {tab === 'input' && <DataView value={run?.input} testId="run-input" />}
          {tab === 'findings' && <Findings findings={findings} />}
        </div>
      </section>
    </div>
  );
}
