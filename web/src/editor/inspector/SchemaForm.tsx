/**
 * The activity input form, generated from the activity's input JSON Schema: one row per property, typed by the
 * schema (enum → select, boolean → checkbox, number, string), each switchable to an expression. Properties the
 * schema does not describe can still be edited as raw values.
 */
import { useTranslation } from 'react-i18next';
import { getIn, isRecord, str, strList } from '../model/json.ts';
import { CheckInput, NumberInput, SelectInput, ValueInput } from './fields.tsx';
import { useNodeEditing } from './node-context.tsx';

export function SchemaForm({ schema, base }: { schema: unknown; base: readonly string[] }) {
  const { t } = useTranslation();
  const { config } = useNodeEditing();
  const props = getIn(schema, ['properties']);
  const required = new Set(strList(getIn(schema, ['required'])));
  const entries = isRecord(props) ? Object.entries(props) : [];
  const current = getIn(config, base);
  const extra = isRecord(current) ? Object.keys(current).filter((k) => !isRecord(props) || !Object.hasOwn(props, k)) : [];
  if (!entries.length && !extra.length) return <p className="sb-muted sb-small">{t('editor.inspector.noInputs')}</p>;
  return (
    <div className="sb-schema-form">
      {entries.map(([name, prop]) => {
        const path = [...base, name];
        const label = `${name}${required.has(name) ? ' *' : ''}`;
        const hint = str(getIn(prop, ['description'])) ?? str(getIn(prop, ['title']));
        const value = getIn(config, path);
        const isExpr = typeof value === 'string' && value.startsWith('=');
        const type = str(getIn(prop, ['type']));
        const options = strList(getIn(prop, ['enum']));
        if (!isExpr && options.length) return <SelectInput key={name} path={path} label={label} hint={hint} optional={!required.has(name)} options={options.map((o) => ({ value: o, label: o }))} />;
        if (!isExpr && type === 'boolean') return <CheckInput key={name} path={path} label={label} hint={hint} />;
        if (!isExpr && (type === 'integer' || type === 'number') && value !== undefined) return <NumberInput key={name} path={path} label={label} hint={hint} />;
        return <ValueInput key={name} path={path} label={label} hint={hint} placeholder={type ?? ''} />;
      })}
      {extra.map((name) => <ValueInput key={name} path={[...base, name]} label={name} />)}
    </div>
  );
}
