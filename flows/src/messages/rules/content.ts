/** Wording: statutory absolute terms (CONT-001), other superlatives (CONT-002), unqualified unlimited / free claims
 * (CONT-003), prohibited categories (CONT-004). Word lists come from the channel profile. */
import { finding, type TFinding } from '../finding.ts';
import { clauseIndexAt, type TClauses } from '../text/clauses.ts';
import type { TSpan } from '../finding.ts';
import { findWords, overlaps } from '../text/scan.ts';
import type { TRuleContext } from './context.ts';

export function checkAbsoluteTerms({ text, profile, analysis }: TRuleContext): TFinding[] {
  const statutory = findWords(analysis.scan, profile.words.statutoryAbsolute);
  const out: TFinding[] = statutory.map((h) => finding('CONT-001', profile, {
    span: h.span, found: text.slice(h.span[0], h.span[1]),
    message: `"${text.slice(h.span[0], h.span[1])}" is an absolute term the advertising law forbids`,
    hint: 'remove it or replace it with a verifiable fact',
  }));
  const exceptions = profile.words.superlativeExceptions.map((s) => new RegExp(s, 'u'));
  for (const h of findWords(analysis.scan, profile.words.superlatives)) {
    if (statutory.some((s) => overlaps(s.span, h.span))) continue; // 最高级 is CONT-001 alone
    if (exceptions.some((re) => re.test(analysis.scan.slice(h.span[0], h.span[1] + 4)))) continue;
    out.push(finding('CONT-002', profile, {
      span: h.span, found: text.slice(h.span[0], h.span[1]),
      message: `"${text.slice(h.span[0], h.span[1])}" is a superlative claim`,
      hint: 'remove it or make sure it can be proven',
    }));
  }
  return out;
}

const PERIOD = /(\d+|[一二两三四五六七八九十]+)\s*(个月|天|日|年|小时)|首月|当月|本月|次月|月内|期间|前\d+|以内|之内|内有效|截止|月\d+日前|\d+日前|for \d+ (days|months)/i;
const CONDITION = /限速|达量|超出|超过|需|须|仅限|限|满|办理后|达到|之后|后按|条件/;

/** The claim's clause and its neighbours in the same sentence, without the claim itself: where its terms are stated. */
function nearbyClauses(scan: string, clauses: TClauses, span: TSpan): string {
  const index = clauseIndexAt(clauses, span[0]);
  const own = clauses.clauses[index];
  const parts: string[] = [];
  for (const i of [index - 1, index, index + 1]) {
    const c = clauses.clauses[i];
    if (!c || !own || c.sentence !== own.sentence) continue;
    parts.push(i === index ? scan.slice(c.start, span[0]) + scan.slice(span[1], c.end) : scan.slice(c.start, c.end));
  }
  return parts.join('|');
}

/** 不限量 / 无限 / a bare 免费 need their period or condition in the same sentence. */
export function checkUnqualifiedClaims({ text, profile, analysis }: TRuleContext): TFinding[] {
  const out: TFinding[] = [];
  const hits = [
    ...findWords(analysis.scan, profile.words.unlimited).map((h) => ({ ...h, free: false })),
    ...findWords(analysis.scan, ['免费', 'free of charge', 'for free']).map((h) => ({ ...h, free: true })),
  ];
  for (const h of hits) {
    const context = nearbyClauses(analysis.scan, analysis.clauses, h.span);
    if (PERIOD.test(context) || (!h.free && CONDITION.test(context))) continue;
    const word = text.slice(h.span[0], h.span[1]);
    out.push(finding('CONT-003', profile, {
      span: h.span, found: word,
      message: `"${word}" is stated without its ${h.free ? 'period' : 'condition or period'}`,
      hint: h.free ? 'say for how long it is free (e.g. 前3个月免费)' : 'state the condition (e.g. 达量限速) and the period',
    }));
  }
  return out;
}

export function checkProhibited({ text, profile, analysis }: TRuleContext): TFinding[] {
  return findWords(analysis.scan, profile.words.prohibited).map((h) => finding('CONT-004', profile, {
    span: h.span, found: text.slice(h.span[0], h.span[1]),
    message: `"${text.slice(h.span[0], h.span[1])}" belongs to a category the ${profile.id} channel prohibits`,
    hint: 'remove the prohibited content; this channel cannot carry it',
  }));
}
