/** With nothing selected: the flow's name, description, input schema and the parameters editor. */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useEditor } from '../store/context.tsx';
import { isRecord, toJsonObject } from '../model/json.ts';
import { Field } from './Field.tsx';
import { ParametersEditor } from './ParametersEditor.tsx';

function JsonObjectField({ label, hint, value, onChange }: { label: string; hint?: string; value: unknown; onChange(v: unknown): void }) {
  const { t } = useTranslation();
  const [text, setText] = useState(() => (value === undefined ? '' : JSON.stringify(value, null, 2)));
  const [error, setError] = useState<string | null>(null);
  const commit = () => {
    if (!text.trim()) { setError(null); onChange(undefined); return; }
    try {
      const parsed: unknown = JSON.parse(text);
      if (!isRecord(parsed)) throw new Error(t('editor.error.notObject'));
      setError(null);
      onChange(toJsonObject(parsed));
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  };
  return (
    <Field label={label} hint={hint}>
      <textarea className="sb-input sb-mono" rows={6} value={text} spellCheck={false} onChange={(e) => setText(e.target.value)} onBlur={commit} />
      {error && <div className="sb-field-problem error" role="alert">{error}</div>}
    </Field>
  );
}

export function FlowSettings() {
  const { t } = useTranslation();
  const meta = useEditor((s) => s.meta);
  const setMeta = useEditor((s) => s.setMeta);
  const readOnly = useEditor((s) => s.readOnly);
  return (
    <fieldset className="sb-inspector-body" disabled={readOnly}>
      <h3>{t('editor.inspector.flow')}</h3>
      <Field label={t('editor.field.flowName')}>
        <input className="sb-input" value={meta.name} data-testid="flow-name" onChange={(e) => setMeta({ name: e.target.value })} />
      </Field>
      <Field label={t('editor.field.flowKey')} hint={t('editor.hint.flowKey')}>
        <input className="sb-input sb-mono" value={meta.key} readOnly />
      </Field>
      <Field label={t('editor.field.description')}>
        <textarea className="sb-input" rows={2} value={meta.description ?? ''} onChange={(e) => setMeta({ description: e.target.value || undefined })} />
      </Field>
      <ParametersEditor />
      <JsonObjectField label={t('editor.field.inputSchema')} hint={t('editor.hint.inputSchema')} value={meta.inputSchema}
        onChange={(v) => setMeta({ inputSchema: v === undefined ? undefined : toJsonObject(v) })} />
      <p className="sb-muted sb-small">{t('editor.inspector.selectHint')}</p>
    </fieldset>
  );
}
