import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorText, trpcClient } from '../lib/trpc.ts';
import { toast } from '../ui/toast.tsx';
import { fieldsOf } from './schema-form-model.ts';
import type { TTaskRow } from './TaskList.tsx';

/** A task can be approved in bulk only if it is open, offers `approve` and its form requires nothing. */
export function bulkApprovable(task: TTaskRow) {
  return task.status === 'open' && task.outcomes.includes('approve') && !fieldsOf(task.form).some((f) => f.required);
}

export function BulkBar({ tasks, onClear, onDone }: { tasks: TTaskRow[]; onClear: () => void; onDone: () => void }) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const allowed = tasks.length > 0 && tasks.every(bulkApprovable);

  const approveAll = async () => {
    setBusy(true);
    // Sequential: each decision is a Workflow Update; a refusal (e.g. separation of duties) must not hide the rest.
    const failures: string[] = [];
    for (const task of tasks) {
      try {
        await trpcClient.inbox.decide.mutate({ taskId: task.id, outcome: 'approve', requestId: crypto.randomUUID() });
      } catch (e) {
        failures.push(`${task.title}: ${errorText(e)}`);
      }
    }
    setBusy(false);
    const ok = tasks.length - failures.length;
    if (ok) toast(t('inbox.bulkDone', { count: ok }));
    for (const f of failures) toast(f, 'error');
    onDone();
  };

  return (
    <div className="bulk-bar" data-testid="bulk-bar">
      <strong>{t('inbox.selected', { count: tasks.length })}</strong>
      <div className="grow" />
      <button type="button" className="btn btn-sm btn-ghost" onClick={onClear}>{t('common.clear')}</button>
      <button type="button" className="btn btn-sm btn-approve" disabled={!allowed || busy} onClick={() => void approveAll()}
        title={allowed ? undefined : t('inbox.bulkNotAllowed')}>
        {t('inbox.bulkApprove', { count: tasks.length })}
      </button>
    </div>
  );
}
