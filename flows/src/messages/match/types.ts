import type { TSpan } from '../finding.ts';
import type { TRuleId } from '../rules/catalog.ts';

/**
 * A claim of the text matched against the offer: what the UI highlights. `field` is the offer field path it was
 * matched with (`benefits[0].amount`); `rule` is set when the claim contradicts the offer or maps to nothing.
 */
export type TClaim = {
  kind: 'data' | 'voice' | 'money' | 'duration' | 'validity' | 'date' | 'keyword' | 'scope' | 'start' | 'basis' | 'free';
  span: TSpan;
  text: string;
  field: string | null;
  found: string;
  expected?: string;
  status: 'match' | 'mismatch' | 'unmapped';
  rule?: TRuleId;
  message?: string;
  hint?: string;
};

export function claimText(text: string, span: TSpan): string {
  return text.slice(span[0], span[1]);
}

export function fmtNumber(n: number): string {
  return Number.isInteger(n) ? String(n) : String(Math.round(n * 100) / 100);
}
