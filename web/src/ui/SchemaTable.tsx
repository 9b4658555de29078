/**
 * A JSON Schema's top-level fields as a table (name, type, required, description): what a flow designer needs
 * to fill an activity's input. Read defensively, since schemas come from workers' registrations.
 */
import { useTranslation } from 'react-i18next';

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function typeOf(prop: Record<string, unknown>): string {
  if (Array.isArray(prop.enum)) return prop.enum.map((e) => JSON.stringify(e)).join(' | ');
  if ('const' in prop) return JSON.stringify(prop.const);
  if (Array.isArray(prop.type)) return prop.type.join(' | ');
  if (typeof prop.type === 'string') {
    if (prop.type === 'array' && isRecord(prop.items)) return `${typeOf(prop.items)}[]`;
    return typeof prop.format === 'string' ? `${prop.type} (${prop.format})` : prop.type;
  }
  for (const key of ['anyOf', 'oneOf'] as const) {
    const options = prop[key];
    if (Array.isArray(options)) return options.filter(isRecord).map(typeOf).join(' | ');
  }
  return 'any';
}

export function SchemaTable({ schema }: { schema: unknown }) {
  const { t } = useTranslation();
  const properties = isRecord(schema) && isRecord(schema.properties) ? Object.entries(schema.properties) : [];
  const required = isRecord(schema) && Array.isArray(schema.required) ? schema.required : [];
  if (properties.length === 0) return <div className="small faint">{t('catalog.anyValue', { type: isRecord(schema) ? typeOf(schema) : 'any' })}</div>;
  return (
    <table className="schema-table">
      <tbody>
        {properties.map(([name, raw]) => {
          const prop = isRecord(raw) ? raw : {};
          return (
            <tr key={name}>
              <td><code>{name}</code>{required.includes(name) && <span className="req" title={t('catalog.required')}>*</span>}</td>
              <td><code className="faint">{typeOf(prop)}</code></td>
              <td className="muted">{typeof prop.description === 'string' ? prop.description : typeof prop.title === 'string' ? prop.title : ''}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
