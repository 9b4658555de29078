/** The flow's `parameters`: ops-tunable values with a type and a default, changeable per version without the graph. */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useEditor } from '../store/context.tsx';
import { getIn, isRecord, str, toJson, type TJsonObject } from '../model/json.ts';

const TYPES = ['string', 'number', 'integer', 'boolean'] as const;

function parseDefault(type: string, text: string) {
  if (type === 'string') return text;
  if (type === 'boolean') return text === 'true';
  const n = Number(text);
  return Number.isFinite(n) ? n : text;
}

export function ParametersEditor() {
  const { t } = useTranslation();
  const params = useEditor((s) => s.meta.parameters) ?? {};
  const setMeta = useEditor((s) => s.setMeta);
  const [name, setName] = useState('');
  const write = (next: TJsonObject) => setMeta({ parameters: Object.keys(next).length ? next : undefined });
  const update = (key: string, type: string, text: string) =>
    write({ ...params, [key]: { schema: { type }, default: toJson(parseDefault(type, text)) } });
  const entries = Object.entries(params);
  return (
    <section className="sb-params" data-testid="parameters">
      <h5 className="sb-subhead">{t('editor.section.parameters')}</h5>
      {entries.length === 0 && <p className="sb-muted sb-small">{t('editor.params.none')}</p>}
      {entries.map(([key, p]) => {
        const type = str(getIn(p, ['schema', 'type'])) ?? 'string';
        const def = isRecord(p) ? p['default'] : undefined;
        return (
          <div key={key} className="sb-param-row">
            <code title={key}>{key}</code>
            <select className="sb-input" value={type} aria-label={t('editor.params.type')}
              onChange={(e) => update(key, e.target.value, String(def ?? ''))}>
              {TYPES.map((ty) => <option key={ty} value={ty}>{ty}</option>)}
            </select>
            <input className="sb-input" aria-label={t('editor.params.default')} defaultValue={def === undefined ? '' : String(def)}
              key={String(def)} onBlur={(e) => update(key, type, e.target.value)} />
            <button type="button" className="sb-icon-btn" aria-label={t('editor.action.remove')}
              onClick={() => write(Object.fromEntries(entries.filter(([k]) => k !== key)))}>×</button>
          </div>
        );
      })}
      <div className="sb-inline-add">
        <input className="sb-input" value={name} placeholder={t('editor.params.newName')} onChange={(e) => setName(e.target.value)} />
        <button type="button" className="sb-btn" disabled={!/^[A-Za-z_][\w-]*$/.test(name) || Object.hasOwn(params, name)}
          onClick={() => { update(name, 'string', ''); setName(''); }}>{t('editor.action.add')}</button>
      </div>
    </section>
  );
}
