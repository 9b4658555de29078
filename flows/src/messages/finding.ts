import { z } from 'zod';
import type { TChannelProfile } from './profiles/schema.ts';
import { RULE_SEVERITY, STRICT_ESCALATED, type TRuleId } from './rules/catalog.ts';

/**
 * One finding. `span` is [start, end) in JavaScript string indices (UTF-16 code units) of the checked text, so
 * `text.slice(start, end)` is the offending part. `hint` says how to fix it (not part of the CLI's JSON shape).
 */
export const ZFinding = z.object({
  rule: z.string(),
  severity: z.enum(['error', 'warning']),
  message: z.string(),
  span: z.tuple([z.number().int(), z.number().int()]).optional(),
  expected: z.string().optional(),
  found: z.string().optional(),
  hint: z.string(),
});
export type TFinding = z.infer<typeof ZFinding>;

export type TSpan = [number, number];

export type TFindingDraft = {
  message: string;
  hint: string;
  span?: TSpan | undefined;
  expected?: string | undefined;
  found?: string | undefined;
};

/** Builds a finding with the rule's severity under the given profile. */
export function finding(rule: TRuleId, profile: TChannelProfile, draft: TFindingDraft): TFinding {
  const base = RULE_SEVERITY[rule];
  const severity = profile.strict && STRICT_ESCALATED.has(rule) ? 'error' : base;
  const out: TFinding = { rule, severity, message: draft.message, hint: draft.hint };
  if (draft.span) out.span = [draft.span[0], draft.span[1]];
  if (draft.expected !== undefined) out.expected = draft.expected;
  if (draft.found !== undefined) out.found = draft.found;
  return out;
}
