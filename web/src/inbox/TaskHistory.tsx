import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../lib/format.ts';
import { errorText, trpc } from '../lib/trpc.ts';
import { outcomeLabel } from '../ui/status.tsx';
import { toast } from '../ui/toast.tsx';

export type THistoryItem =
  | { kind: 'decision'; id: string; by: string; at: string; outcome: string; comment?: string; task?: string }
  | { kind: 'comment'; id: string; by: string; at: string; body: string }
  | { kind: 'audit'; id: string; by: string; at: string; action: string; reason: string | null };

/** Decisions (this task's and earlier reviews of the run) and the discussion, oldest first. */
export function TaskHistory({ taskId, items, onCommented }: { taskId: string; items: THistoryItem[]; onCommented: () => void }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const [body, setBody] = useState('');
  const [requestId, setRequestId] = useState(() => crypto.randomUUID());
  const comment = useMutation(trpc.inbox.comment.mutationOptions({
    onSuccess: () => {
      setBody('');
      setRequestId(crypto.randomUUID());
      onCommented();
    },
    onError: (e) => toast(errorText(e), 'error'),
  }));
  const sorted = [...items].sort((a, b) => a.at.localeCompare(b.at));

  return (
    <div className="stack">
      {sorted.length === 0 && <div className="small faint">{t('inbox.noHistory')}</div>}
      <ul className="history" data-testid="task-history">
        {sorted.map((h) => h.kind === 'audit' ? (
          <li key={`${h.kind}-${h.id}`} className="audit small faint">
            <span className="audit-dot" aria-hidden="true" />
            <span>
              <strong className="muted">{h.by}</strong> {t(`auditAction.${h.action}`, { defaultValue: h.action })}
              {h.reason && <> · {h.reason}</>} · <span title={fmt.dateTime(h.at)}>{fmt.relative(h.at)}</span>
            </span>
          </li>
        ) : (
          <li key={`${h.kind}-${h.id}`}>
            <span className="avatar" aria-hidden="true">{h.by.slice(0, 1).toUpperCase()}</span>
            <div className="bubble">
              <div className="row small">
                <strong>{h.by}</strong>
                {h.kind === 'decision' && <span className="pill pill-accent plain">{outcomeLabel(t, h.outcome)}</span>}
                {h.kind === 'decision' && h.task && <span className="faint truncate">{h.task}</span>}
                <span className="faint" title={fmt.dateTime(h.at)}>{fmt.relative(h.at)}</span>
              </div>
              {h.kind === 'comment' && <p>{h.body}</p>}
              {h.kind === 'decision' && h.comment && <p>{h.comment}</p>}
            </div>
          </li>
        ))}
      </ul>
      <form className="row" style={{ alignItems: 'flex-start' }} onSubmit={(e) => {
        e.preventDefault();
        if (body.trim()) comment.mutate({ taskId, body: body.trim(), requestId });
      }}>
        <textarea className="textarea grow" rows={2} style={{ minHeight: 38 }} aria-label={t('inbox.addComment')}
          placeholder={t('inbox.addComment')} value={body} onChange={(e) => setBody(e.target.value)} />
        <button type="submit" className="btn" disabled={!body.trim() || comment.isPending}>{t('inbox.post')}</button>
      </form>
    </div>
  );
}
