/**
 * Publish with a note. Disabled while the live compile shows errors, with the reason on the button; the server
 * compiles again and may still refuse (its diagnostics are then shown on the canvas like any other).
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorText, trpcClient } from '../../lib/trpc.ts';
import { toast } from '../../ui/toast.tsx';
import { useEditor, useEditorStore } from '../store/context.tsx';
import { indexProblems } from '../compile/problem-index.ts';

export function PublishButton({ flowKey, save, onPublished }: { flowKey: string; save(): Promise<boolean>; onPublished(version: number): void }) {
  const { t } = useTranslation();
  const store = useEditorStore();
  const errors = useEditor((s) => s.problems.diagnostics.filter((d) => d.severity === 'error').length);
  const readOnly = useEditor((s) => s.readOnly);
  const [open, setOpen] = useState(false);
  const [note, setNote] = useState('');
  const [busy, setBusy] = useState(false);
  const reason = errors ? t('editor.publish.blocked', { count: errors }) : readOnly ? t('editor.publish.readOnly') : '';
  const publish = async () => {
    setBusy(true);
    try {
      if (!(await save())) return;
      const result = await trpcClient.flows.publish.mutate({ key: flowKey, note });
      if (!result.ok) {
        store.getState().setProblems({ diagnostics: result.diagnostics, byElement: indexProblems(result.diagnostics), ms: 0 });
        toast(t('editor.publish.refused'), 'error');
        return;
      }
      toast(t('editor.publish.done', { version: result.version }));
      setOpen(false);
      setNote('');
      onPublished(result.version);
    } catch (error) {
      toast(errorText(error), 'error');
    } finally {
      setBusy(false);
    }
  };
  return (
    <>
      <span title={reason || undefined} className="sb-publish-wrap">
        <button type="button" className="sb-btn sb-btn-primary" disabled={!!reason} onClick={() => setOpen(true)} data-testid="publish">
          {t('editor.action.publish')}
        </button>
      </span>
      {reason && <span className="sb-muted sb-small" data-testid="publish-blocked">{reason}</span>}
      {open && (
        <div className="sb-dialog-backdrop" role="presentation" onClick={() => !busy && setOpen(false)}>
          <div className="sb-dialog" role="dialog" aria-modal="true" aria-label={t('editor.publish.title')} onClick={(e) => e.stopPropagation()}>
            <h2>{t('editor.publish.title')}</h2>
            <p className="sb-muted">{t('editor.publish.explain')}</p>
            <label className="sb-field-label">
              <span>{t('editor.publish.note')}</span>
              <textarea className="sb-input" rows={3} value={note} autoFocus data-testid="publish-note"
                placeholder={t('editor.publish.notePlaceholder')} onChange={(e) => setNote(e.target.value)} />
            </label>
            <div className="sb-dialog-actions">
              <button type="button" className="sb-btn" disabled={busy} onClick={() => setOpen(false)}>{t('editor.action.cancel')}</button>
              <button type="button" className="sb-btn sb-btn-primary" disabled={busy} onClick={() => void publish()} data-testid="publish-confirm">
                {busy ? t('editor.publish.publishing') : t('editor.action.publish')}
              </button>
            </div>
          </div>
        </div>
      )}
    </>
  );
}
