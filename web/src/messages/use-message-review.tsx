/**
 * The inbox's message review: the run's validated texts, highlighted read-only as the author saw them, and the
 * approval gate — errors block approving, warnings must first be acknowledged with a reason (messages.acknowledge,
 * audited on the task). A hook so the detail pane can mount the view and hand the gate to its decision form.
 */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useMemo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { approvalGate } from '@switchboard/flows';
import { trpc } from '../lib/trpc.ts';
import { MessageCheckView } from './MessageCheckView.tsx';
import { storedReports } from './stored-reports.ts';

type TTaskRef = { id: string; status: string } | undefined;
type TReviewer = { roles: readonly string[] } | null | undefined;

export function useMessageReview(task: TTaskRef, runFindings: unknown, user: TReviewer): { view: ReactNode; approvalBlock: string | null } {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const reports = useMemo(() => storedReports(runFindings), [runFindings]);
  const subject = { type: 'task' as const, id: task?.id ?? '' };
  const acks = useQuery({ ...trpc.messages.acknowledgements.queryOptions({ subject }), enabled: !!task && reports.length > 0 });
  const ack = useMutation(trpc.messages.acknowledge.mutationOptions({
    onSuccess: () => { void qc.invalidateQueries({ queryKey: trpc.messages.acknowledgements.queryKey({ subject }) }); },
  }));
  // The server's own gate (flows/messages/approval.ts): an acknowledgement covers a warning only for the same text.
  const gate = useMemo(() => approvalGate(runFindings, acks.data ?? []), [runFindings, acks.data]);
  const mayAck = !!user && user.roles.some((r) => r === 'admin' || r === 'designer' || r === 'reviewer') && task?.status === 'open';
  const latestAck = acks.data?.[0];

  let approvalBlock: string | null = null;
  if (gate.errorRules.length > 0) approvalBlock = t('messages.review.errorsPresent');
  else if (gate.unacknowledged.length > 0) approvalBlock = t('messages.review.approveBlocked');

  const view = reports.length === 0 ? null : (
    <section className="card msg-review" data-testid="message-review">
      <div className="card-head"><h3>{t('messages.review.title')}</h3></div>
      <div className="card-body msg-review-body">
        {reports.map((r) => (r.text === null ? null : (
          <MessageCheckView
            key={r.nodeId}
            title={r.nodeId}
            text={r.text}
            offer={r.offer}
            channel={r.channel}
            findings={r.findings}
            acknowledged={gate.unacknowledged.length === 0 && latestAck ? { reason: latestAck.reason, by: latestAck.actor, at: latestAck.at } : null}
            onAcknowledge={mayAck ? (reason, rules) => ack.mutateAsync({ subject, text: r.text ?? '', rules, reason }) : undefined}
          />
        )))}
      </div>
    </section>
  );
  return { view, approvalBlock };
}
