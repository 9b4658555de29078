/**
 * checkMessage: the rule engine. Pure and deterministic — the same text, offer, profile and bindings always give the
 * same findings in the same order (no clock of its own; `now` is an argument).
 */
import { analyzeText } from './claims/analyze.ts';
import type { TFinding } from './finding.ts';
import { matchClaims } from './match/claims.ts';
import type { TOffer } from './offer.ts';
import { profileFor } from './profiles/defaults.ts';
import type { TChannelProfile } from './profiles/schema.ts';
import { RULE_IDS, RULE_SET_VERSION } from './rules/catalog.ts';
import { checkAbsoluteTerms, checkProhibited, checkUnqualifiedClaims } from './rules/content.ts';
import type { TPreviewBindings, TRuleContext, TRuleFamily } from './rules/context.ts';
import { checkMessageType, checkOptOut, checkSignature } from './rules/format.ts';
import { checkCharacters, checkEncoding, checkLength } from './rules/length.ts';
import { checkPersonalData, checkUrls } from './rules/links.ts';
import { checkActivation, checkClaims, checkDisclosures } from './rules/offer.ts';
import { checkSchedule, checkTextDates } from './rules/schedule.ts';
import { checkTemplate, renderPreview } from './rules/template.ts';

export type TCheckInput = {
  text: string;
  offer: TOffer;
  /** ISO time of the check, recorded in the report; rules never read a clock. */
  now?: string;
  /** Overrides the campaign channel's default profile (e.g. an ops-edited version). */
  profile?: TChannelProfile;
  previewBindings?: TPreviewBindings;
};

export type TCheckReport = {
  findings: TFinding[];
  ruleSetVersion: string;
  profile: { id: string; version: string };
  checkedAt?: string;
};

const FAMILIES: TRuleFamily[] = [
  checkSignature, checkOptOut, checkMessageType, checkLength, checkEncoding, checkCharacters, checkTemplate,
  checkSchedule, checkTextDates, checkClaims, checkActivation, checkDisclosures, checkAbsoluteTerms,
  checkUnqualifiedClaims, checkProhibited, checkUrls, checkPersonalData,
];

const RULE_ORDER = new Map<string, number>(RULE_IDS.map((id, i) => [id, i]));

/** A garbage 100 KB text must still give a readable report: at most this many findings of one rule (first ones). */
export const MAX_FINDINGS_PER_RULE = 100;

function capPerRule(findings: TFinding[]): TFinding[] {
  const seen = new Map<string, number>();
  return findings.filter((f) => {
    const n = (seen.get(f.rule) ?? 0) + 1;
    seen.set(f.rule, n);
    return n <= MAX_FINDINGS_PER_RULE;
  });
}

export function checkMessage(input: TCheckInput): TCheckReport {
  const profile = input.profile ?? profileFor(input.offer.campaign.channel);
  const analysis = analyzeText(input.text, profile);
  const claims = matchClaims(analysis, input.offer);
  const billedTexts = input.previewBindings && input.previewBindings.length > 0
    ? input.previewBindings.map((b) => renderPreview(input.text, b))
    : [input.text];
  const ctx: TRuleContext = {
    text: input.text, offer: input.offer, profile, analysis, claims, previewBindings: input.previewBindings, billedTexts,
  };
  const findings = capPerRule(FAMILIES.flatMap((family) => family(ctx))).sort((a, b) =>
    (a.span?.[0] ?? -1) - (b.span?.[0] ?? -1)
    || (RULE_ORDER.get(a.rule) ?? 99) - (RULE_ORDER.get(b.rule) ?? 99));
  const report: TCheckReport = { findings, ruleSetVersion: RULE_SET_VERSION, profile: { id: profile.id, version: profile.version } };
  if (input.now !== undefined) report.checkedAt = input.now;
  return report;
}
