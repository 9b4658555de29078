/**
 * Inspector inputs bound to a path in the selected node's config. Empty inputs remove the key, so an untouched
 * optional field never appears in the saved document.
 */
import { lazy, Suspense, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { getIn, isRecord, num, str, strList, toJson, type TJson } from '../model/json.ts';
import { useEditor } from '../store/context.tsx';
import { Field } from './Field.tsx';
import { useNodeEditing } from './node-context.tsx';
import { upstreamNames } from './upstream.ts';

const CodeField = lazy(() => import('../monaco/CodeField.tsx'));

type TPathProps = { path: readonly string[]; label: string; hint?: string; placeholder?: string };

export function TextInput({ path, label, hint, placeholder }: TPathProps) {
  const { config, set, problems } = useNodeEditing();
  return (
    <Field label={label} hint={hint} problems={problems(path)}>
      <input className="sb-input" value={str(getIn(config, path)) ?? ''} placeholder={placeholder}
        onChange={(e) => set(path, e.target.value === '' ? undefined : e.target.value)} />
    </Field>
  );
}

export function NumberInput({ path, label, hint, min }: TPathProps & { min?: number }) {
  const { config, set, problems } = useNodeEditing();
  return (
    <Field label={label} hint={hint} problems={problems(path)}>
      <input className="sb-input" type="number" min={min} value={num(getIn(config, path)) ?? ''}
        onChange={(e) => set(path, e.target.value === '' ? undefined : Number(e.target.value))} />
    </Field>
  );
}

export function SelectInput({ path, label, hint, options, optional }: TPathProps & { options: readonly { value: string; label: string }[]; optional?: boolean }) {
  const { config, set, problems } = useNodeEditing();
  return (
    <Field label={label} hint={hint} problems={problems(path)}>
      <select className="sb-input" value={str(getIn(config, path)) ?? ''} onChange={(e) => set(path, e.target.value || undefined)}>
        {optional && <option value="">—</option>}
        {options.map((o) => <option key={o.value} value={o.value}>{o.label}</option>)}
      </select>
    </Field>
  );
}

/** A list typed as comma-separated words (groups, users, outcomes). */
export function ListInput({ path, label, hint, placeholder }: TPathProps) {
  const { config, set, problems } = useNodeEditing();
  const value = strList(getIn(config, path)).join(', ');
  return (
    <Field label={label} hint={hint} problems={problems(path)}>
      <input className="sb-input" defaultValue={value} key={value} placeholder={placeholder}
        onBlur={(e) => {
          const list = e.target.value.split(/[,，\s]+/).map((s) => s.trim()).filter(Boolean);
          set(path, list.length ? list : undefined);
        }} />
    </Field>
  );
}

export function CheckInput({ path, label, hint }: TPathProps) {
  const { config, set } = useNodeEditing();
  return (
    <label className="sb-check" title={hint}>
      <input type="checkbox" checked={getIn(config, path) === true} onChange={(e) => set(path, e.target.checked ? true : undefined)} />
      <span>{label}</span>
    </label>
  );
}

export function useUpstreamNames() {
  const { node } = useNodeEditing();
  const nodes = useEditor((s) => s.nodes);
  const edges = useEditor((s) => s.edges);
  const meta = useEditor((s) => s.meta);
  const catalog = useEditor((s) => s.catalog);
  return useMemo(() => upstreamNames({ nodes, edges, meta }, node.id, catalog), [nodes, edges, meta, catalog, node.id]);
}

/**
 * An expression (`=…`) or template field in Monaco. For expression-only fields the leading `=` is implied, so
 * the designer types `input.severity = "urgent"` and the document stores `=input.severity = "urgent"`.
 */
export function CodeInput({ path, label, hint, mode }: TPathProps & { mode: 'expr' | 'template' }) {
  const { config, set, problems } = useNodeEditing();
  const { t } = useTranslation();
  const names = useUpstreamNames();
  const raw = str(getIn(config, path)) ?? '';
  const shown = mode === 'expr' ? raw.replace(/^=/, '') : raw;
  const save = (v: string) => set(path, v === '' ? undefined : mode === 'expr' ? `=${v}` : v);
  return (
    <Field label={label} hint={hint} problems={problems(path)}>
      <Suspense fallback={<textarea className="sb-input" rows={1} value={shown} readOnly aria-label={t('editor.loading')} />}>
        <CodeField value={shown} onChange={save} language={mode === 'expr' ? 'sb-expr' : 'sb-template'} names={names}
          problems={problems(path)} ariaLabel={label} />
      </Suspense>
    </Field>
  );
}

/** A literal or an `=expression`; the fx toggle switches between a plain input and the expression editor. */
export function ValueInput({ path, label, hint, placeholder }: TPathProps) {
  const { config, set, problems } = useNodeEditing();
  const names = useUpstreamNames();
  const raw = getIn(config, path);
  const isExpr = typeof raw === 'string' && raw.startsWith('=') && !raw.startsWith('==');
  const literal = raw === undefined ? '' : typeof raw === 'string' ? raw : JSON.stringify(raw);
  const setLiteral = (v: string) => {
    let value: TJson | undefined = v === '' ? undefined : v;
    if (/^(-?\d+(\.\d+)?|true|false|null)$/.test(v)) value = toJson(JSON.parse(v));
    set(path, value);
  };
  return (
    <Field label={label} hint={hint} problems={problems(path)}>
      <div className="sb-value">
        <button type="button" className={`sb-fx${isExpr ? ' is-on' : ''}`} title="fx" aria-pressed={isExpr}
          onClick={() => set(path, isExpr ? literal.replace(/^=/, '') || undefined : `=${literal === '' ? '' : JSON.stringify(raw)}`)}>fx</button>
        {isExpr ? (
          <Suspense fallback={<input className="sb-input" value={literal} readOnly />}>
            <CodeField value={literal.slice(1)} onChange={(v) => set(path, `=${v}`)} language="sb-expr" names={names} problems={problems(path)} ariaLabel={label} />
          </Suspense>
        ) : (
          <input className="sb-input" value={literal} placeholder={placeholder} onChange={(e) => setLiteral(e.target.value)} />
        )}
      </div>
    </Field>
  );
}

/** A JSON object (a review's form schema, a mapping) edited as text; invalid JSON is shown and never saved. */
export function JsonInput({ path, label, hint }: TPathProps) {
  const { config, set, problems } = useNodeEditing();
  const { t } = useTranslation();
  const value = getIn(config, path);
  const [text, setText] = useState(() => (value === undefined ? '' : JSON.stringify(value, null, 2)));
  const [error, setError] = useState<string | null>(null);
  const commit = () => {
    if (!text.trim()) { setError(null); set(path, undefined); return; }
    try {
      const parsed: unknown = JSON.parse(text);
      if (!isRecord(parsed)) throw new Error(t('editor.error.notObject'));
      setError(null);
      set(path, toJson(parsed));
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  };
  return (
    <Field label={label} hint={hint} problems={problems(path)}>
      <textarea className="sb-input sb-mono" rows={5} value={text} spellCheck={false} onChange={(e) => setText(e.target.value)} onBlur={commit} />
      {error && <div className="sb-field-problem error" role="alert">{error}</div>}
    </Field>
  );
}
