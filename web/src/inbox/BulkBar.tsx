import { useQueries } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorText, trpc, trpcClient } from '../lib/trpc.ts';
import { toast } from '../ui/toast.tsx';
import { fieldsOf } from './schema-form-model.ts';
import type { TTaskRow } from './TaskList.tsx';

/**
 * Approves several tasks at once, offered only when every selected task allows it: open, offers `approve`, and
 * its form (read from the task detail, which the list does not carry) requires nothing.
 */
export function BulkBar({ tasks, onClear, onDone }: { tasks: TTaskRow[]; onClear: () => void; onDone: () => void }) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const details = useQueries({ queries: tasks.map((task) => trpc.inbox.get.queryOptions({ taskId: task.id })) });
  const known = details.every((d) => d.data);
  const allowed = known && tasks.length > 0 && details.every((d) =>
    d.data?.status === 'open' && d.data.outcomes.includes('approve') && !fieldsOf(d.data.form).some((f) => f.required));

  const approveAll = async () => {
    setBusy(true);
    // One by one: each decision is a Workflow Update, and one refusal (e.g. separation of duties) must not hide the rest.
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
        title={allowed || !known ? undefined : t('inbox.bulkNotAllowed')}>
        {t('inbox.bulkApprove', { count: tasks.length })}
      </button>
    </div>
  );
}
