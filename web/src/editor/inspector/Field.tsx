/** A labelled inspector row with the compiler's findings for that field shown right under it. */
import type { ReactNode } from 'react';
import type { TDiagnostic } from '@switchboard/flows/catalog/types';

export function Field({ label, hint, problems, children }: { label: string; hint?: string; problems?: readonly TDiagnostic[]; children: ReactNode }) {
  return (
    <div className={`sb-field${problems?.length ? ' has-problem' : ''}`}>
      <label className="sb-field-label">
        <span>{label}</span>
        {children}
      </label>
      {hint && <div className="sb-field-hint">{hint}</div>}
      {problems?.map((d, i) => (
        <div key={i} className={`sb-field-problem ${d.severity}`} role="alert">{d.message}</div>
      ))}
    </div>
  );
}
