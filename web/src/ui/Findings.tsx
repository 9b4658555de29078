/**
 * Message-validation findings attached to a run (`runs.findings`). Their exact shape belongs to the message rules,
 * so this reads the common fields defensively and shows anything unexpected as JSON rather than hiding it.
 */
import { useTranslation } from 'react-i18next';

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const text = (v: unknown) => (typeof v === 'string' ? v : undefined);

/** A report may be a list of findings or an object holding one (`{ findings: [...] }`); flatten both. */
function flatten(value: unknown): unknown[] {
  if (Array.isArray(value)) return value.flatMap((v) => (isRecord(v) && Array.isArray(v.findings) ? flatten(v.findings) : [v]));
  if (isRecord(value) && Array.isArray(value.findings)) return flatten(value.findings);
  return value === null || value === undefined ? [] : [value];
}

export function Findings({ findings }: { findings: unknown }) {
  const { t } = useTranslation();
  const items = flatten(findings);
  if (items.length === 0) return null;
  return (
    <ul className="findings" data-testid="findings">
      {items.map((f, i) => {
        if (!isRecord(f)) return <li key={i}><pre>{JSON.stringify(f, null, 2)}</pre></li>;
        const severity = text(f.severity) ?? 'info';
        const tone = severity === 'error' ? 'pill-red' : severity === 'warning' || severity === 'warn' ? 'pill-amber' : 'pill-blue';
        return (
          <li key={i}>
            <span className={`pill ${tone}`}>{t(`severity.${severity}`, { defaultValue: severity })}</span>
            <span className="grow">
              {text(f.code) && <code className="faint">{text(f.code)} </code>}
              {text(f.message) ?? JSON.stringify(f)}
            </span>
          </li>
        );
      })}
    </ul>
  );
}
