/** A labelled case of the spec examples and our fixture set: a case file plus the rule ids it must produce. */
import { z } from 'zod';
import { checkMessage } from './check.ts';
import { parseOffer } from './offer.ts';

export const ZLabelledCase = z.object({
  id: z.string(),
  offer: z.unknown(),
  text: z.string(),
  now: z.string().optional(),
  previewBindings: z.array(z.record(z.string(), z.unknown())).optional(),
  expected_findings: z.array(z.string()),
  note: z.string().optional(),
});
export type TLabelledCase = z.infer<typeof ZLabelledCase>;

/** The distinct rule ids the engine reports for a case, sorted (labels name each rule once). */
export function predictedRules(c: TLabelledCase): string[] {
  const report = checkMessage({ text: c.text, offer: parseOffer(c.offer), now: c.now, previewBindings: c.previewBindings });
  return [...new Set(report.findings.map((f) => f.rule))].sort();
}
