/** All claims of an analysed text matched against the offer, in text order: the UI highlights exactly these. */
import { analyzeText, type TAnalysis } from '../claims/analyze.ts';
import type { TOffer } from '../offer.ts';
import { profileFor } from '../profiles/defaults.ts';
import type { TChannelProfile } from '../profiles/schema.ts';
import { clauseIndexAt } from '../text/clauses.ts';
import { sendWallTime } from '../time.ts';
import { matchBenefitAmount } from './benefits.ts';
import { matchDate } from './dates.ts';
import { matchDuration } from './durations.ts';
import { matchMoney } from './money.ts';
import { matchPercentDiscount } from './percent.ts';
import { matchFree, matchKeyword, matchScope, matchStart } from './terms.ts';
import type { TClaim } from './types.ts';

/** The send date in the window's zone: the reference for dates written without a year and for TIME-003. */
export function sendDateOf(offer: TOffer): string {
  const c = offer.campaign;
  return sendWallTime(c.send_at, c.send_window.tz)?.date ?? offer.activation.deadline;
}

export function matchClaims(a: TAnalysis, offer: TOffer): TClaim[] {
  const sendDate = sendDateOf(offer);
  const out: Array<TClaim | null> = [];
  const amounts = a.quantities.flatMap((x) => (x.type === 'data' || x.type === 'voice' ? [x] : []));
  for (const q of a.quantities) {
    switch (q.type) {
      case 'data':
      case 'voice': out.push(matchBenefitAmount(q, offer, a.text, amounts)); break;
      case 'money': out.push(matchMoney(q, offer, a.text)); break;
      case 'months':
      case 'days': out.push(matchDuration(q, offer, a.text)); break;
      case 'discount': out.push(matchPercentDiscount(q.tenths, q.span, offer, a.text)); break;
      default: {
        const never: never = q;
        throw new Error(`unhandled quantity ${JSON.stringify(never)}`);
      }
    }
  }
  for (const r of a.markup.replies) out.push(matchKeyword(r, offer, a.text));
  for (const d of a.dates) out.push(matchDate(a, d, offer, sendDate));
  for (const s of a.scopes) {
    // An amount ending at most one character (a space) before the scope word is the amount it qualifies.
    const q = amounts.find((x) => x.span[1] <= s.span[0] && s.span[0] - x.span[1] <= 1);
    out.push(matchScope(s, offer, a.text, q ? (q.type === 'voice' ? q.minutes : q.mb) : undefined));
  }
  for (const s of a.starts) out.push(matchStart(a, s, offer));
  for (const f of a.free) out.push(matchFree(f, offer, a.text));
  const claims = out.filter((c): c is TClaim => c !== null).sort((x, y) => x.span[0] - y.span[0] || x.span[1] - y.span[1]);
  return dropScopesOfInventedBenefits(a, reclassifyExtraBenefits(claims, offer));
}

/** The scope word of an invented benefit (另送5GB夜间流量) is part of that one defect, not a second one. */
function dropScopesOfInventedBenefits(a: TAnalysis, claims: TClaim[]): TClaim[] {
  const invented = claims.filter((c) => c.rule === 'OFFER-009');
  if (invented.length === 0) return claims;
  const inventedClauses = new Set(invented.map((x) => clauseIndexAt(a.clauses, x.span[0])));
  return claims.filter((c) => !(c.kind === 'scope' && c.status !== 'match' && inventedClauses.has(clauseIndexAt(a.clauses, c.span[0]))));
}

/**
 * When the text already states every benefit of a kind correctly, another amount of that kind is an extra, invented
 * benefit (OFFER-009), not a misstatement of one that was stated right.
 */
function reclassifyExtraBenefits(claims: TClaim[], offer: TOffer): TClaim[] {
  const allStated = (kind: 'data' | 'voice'): boolean => {
    const offered = offer.benefits.map((b, i) => ({ b, i })).filter(({ b }) => (b.kind === 'voice') === (kind === 'voice'));
    const matched = new Set(claims.filter((c) => c.kind === kind && c.status === 'match').map((c) => c.field));
    return offered.length > 0 && offered.every(({ i }) => matched.has(`benefits[${i}].amount`));
  };
  const stated = { data: allStated('data'), voice: allStated('voice') };
  return claims.map((c) => (c.rule === 'OFFER-001' && (c.kind === 'data' || c.kind === 'voice') && stated[c.kind]
    ? { ...c, status: 'unmapped', rule: 'OFFER-009', field: null, expected: undefined,
      message: `"${c.text}" is a ${c.kind === 'voice' ? 'call' : 'data'} benefit the offer does not have (its own benefit is stated separately)`,
      hint: 'remove the extra benefit or add it to the offer' }
    : c));
}

/**
 * Every claim of `text` with its span, the offer field it matched (`benefits[0].amount`), expected and found values
 * and, when it contradicts the offer, the rule it breaks. Spans are JavaScript string indices into `text`.
 */
export function extractClaims(text: string, offer: TOffer, profile?: TChannelProfile): TClaim[] {
  return matchClaims(analyzeText(text, profile ?? profileFor(offer.campaign.channel)), offer);
}
