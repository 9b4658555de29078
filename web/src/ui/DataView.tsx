/**
 * Case data for people: a flat object reads as label/value pairs; anything nested falls back to formatted JSON
 * under its key, so nothing is hidden.
 */
import { humanize } from '../lib/humanize.ts';

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

export function DataView({ value, testId }: { value: unknown; testId?: string }) {
  if (!isRecord(value)) return <pre data-testid={testId}>{JSON.stringify(value ?? null, null, 2)}</pre>;
  const entries = Object.entries(value);
  if (entries.length === 0) return <pre data-testid={testId}>{'{}'}</pre>;
  return (
    <dl className="kv" data-testid={testId}>
      {entries.map(([key, v]) => (
        <div key={key} style={{ display: 'contents' }}>
          <dt title={key}>{humanize(key)}</dt>
          <dd>{v !== null && typeof v === 'object' ? <pre>{JSON.stringify(v, null, 2)}</pre> : <span style={{ whiteSpace: 'pre-wrap' }}>{String(v)}</span>}</dd>
        </div>
      ))}
    </dl>
  );
}
