/** Toolbar buttons for JSON import/export, and the dialog that lists why an import was refused. */
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TDiagnostic } from '@switchboard/flows/catalog/types';
import { useEditor, useEditorStore } from '../store/context.tsx';
import { toDocument } from '../model/convert.ts';
import { downloadJson, importDocument } from './import-document.ts';

export function ImportExport({ knownFlows }: { knownFlows: Record<string, unknown> }) {
  const { t } = useTranslation();
  const store = useEditorStore();
  const readOnly = useEditor((s) => s.readOnly);
  const input = useRef<HTMLInputElement>(null);
  const [report, setReport] = useState<{ ok: boolean; diagnostics: TDiagnostic[] } | null>(null);
  const onFile = async (file: File | undefined) => {
    if (!file) return;
    const s = store.getState();
    const result = importDocument(await file.text(), s.catalog, knownFlows, s.meta.key);
    if (result.ok) s.load(result.graph, { keepHistory: true });
    setReport(result.ok && result.diagnostics.length === 0 ? null : { ok: result.ok, diagnostics: result.diagnostics });
    if (input.current) input.current.value = '';
  };
  return (
    <>
      <button type="button" className="sb-btn sb-btn-ghost" disabled={readOnly} onClick={() => input.current?.click()}>{t('editor.action.import')}</button>
      <input ref={input} type="file" accept=".json,application/json" hidden data-testid="import-file" onChange={(e) => void onFile(e.target.files?.[0])} />
      <button type="button" className="sb-btn sb-btn-ghost" onClick={() => {
        const s = store.getState();
        downloadJson(`${s.meta.key || 'flow'}.flow.json`, toDocument(s));
      }}>{t('editor.action.export')}</button>
      {report && (
        <div className="sb-dialog-backdrop" role="presentation" onClick={() => setReport(null)}>
          <div className="sb-dialog" role="dialog" aria-modal="true" aria-label={t('editor.import.title')} data-testid="import-report" onClick={(e) => e.stopPropagation()}>
            <h2>{report.ok ? t('editor.import.loadedWithProblems') : t('editor.import.refused')}</h2>
            {!report.ok && <p className="sb-muted">{t('editor.import.nothingChanged')}</p>}
            <ul className="sb-dialog-list">
              {report.diagnostics.slice(0, 50).map((d, i) => (
                <li key={i}><code>{d.code}</code> {d.path ? <code className="sb-muted">{d.path}</code> : null} {d.message}</li>
              ))}
            </ul>
            <div className="sb-dialog-actions"><button type="button" className="sb-btn" onClick={() => setReport(null)}>{t('editor.action.close')}</button></div>
          </div>
        </div>
      )}
    </>
  );
}
