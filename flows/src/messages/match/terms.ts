/** Word claims against the offer: reply keyword (OFFER-006), scope (OFFER-010), start (OFFER-007), 免费/半价 (OFFER-004). */
import type { TAnalysis } from '../claims/analyze.ts';
import { topicOf } from '../claims/context.ts';
import type { TReply } from '../claims/markup.ts';
import type { TFreeMention, TScopeMention, TStartMention } from '../claims/mentions.ts';
import type { TOffer } from '../offer.ts';
import { normalisedAmount, sameAmount } from './benefits.ts';
import { matchPercentDiscount } from './percent.ts';
import { claimText, type TClaim } from './types.ts';

export function matchKeyword(r: TReply, offer: TOffer, text: string): TClaim {
  const expected = offer.activation.keyword;
  const base = { kind: 'keyword', span: r.span, text: claimText(text, r.span), found: r.keyword, field: 'activation.keyword', expected } as const;
  if (r.keyword.toUpperCase() === expected.trim().toUpperCase()) return { ...base, status: 'match' };
  return { ...base, status: 'mismatch', rule: 'OFFER-006',
    message: `reply keyword "${r.keyword}" differs from the offer's keyword "${expected}"; replies would not enrol`,
    hint: `write 回复${expected}` };
}

const SCOPE_LABEL = { national_general: '国内通用', provincial: '省内', targeted: '定向', night: '夜间' } as const;

/**
 * `amountBefore`: the amount written right before the scope word (20GB夜间流量), when there is one. It names the
 * benefit the scope belongs to, so two scopes swapped between two amounts are caught.
 */
export function matchScope(s: TScopeMention, offer: TOffer, text: string, amountBefore?: number): TClaim | null {
  const all = offer.benefits.map((b, i) => ({ b, i }))
    .filter(({ b }) => (b.kind === 'voice') === (s.target === 'voice') && b.scope !== undefined);
  const owners = amountBefore === undefined ? [] : all.filter(({ b }) => sameAmount(amountBefore, normalisedAmount(b)));
  const candidates = owners.length > 0 ? owners : all;
  if (candidates.length === 0) return null;
  const base = { kind: 'scope', span: s.span, text: claimText(text, s.span), found: s.word } as const;
  const hit = candidates.find(({ b }) => b.scope === s.scope);
  if (hit) return { ...base, field: `benefits[${hit.i}].scope`, status: 'match', expected: hit.b.scope_label ?? SCOPE_LABEL[s.scope] };
  const target = candidates[0];
  const label = target ? (target.b.scope_label ?? (target.b.scope ? SCOPE_LABEL[target.b.scope] : '')) : '';
  return { ...base, field: `benefits[${target?.i ?? 0}].scope`, status: 'mismatch', rule: 'OFFER-010', expected: label,
    message: `scope "${s.word}" differs from the offer's scope "${label}"`, hint: `write "${label}"` };
}

const IMMEDIATE = new Set(['immediate', 'this_month', 'current_month', 'activation']);

function startsByTopic(offer: TOffer, topic: string | null): Array<{ path: string; start: string }> {
  const out: Array<{ path: string; start: string }> = [];
  offer.benefits.forEach((b, i) => {
    const t = b.kind === 'voice' ? 'voice' : 'data';
    if (b.start !== undefined && (topic === null || topic === t)) out.push({ path: `benefits[${i}].start`, start: b.start });
  });
  offer.fee_changes.forEach((f, i) => {
    if (f.start !== undefined && (topic === null || topic === 'fee')) out.push({ path: `fee_changes[${i}].start`, start: f.start });
  });
  const bf = offer.balance_freeze;
  if (bf?.release_start !== undefined && (topic === null || topic === 'freeze')) out.push({ path: 'balance_freeze.release_start', start: bf.release_start });
  return out;
}

export function matchStart(a: TAnalysis, s: TStartMention, offer: TOffer): TClaim | null {
  const topic = topicOf(a.scan, a.clauses, s.span);
  const named = startsByTopic(offer, topic === 'commitment' || topic === 'validity' ? null : topic);
  const starts = named.length > 0 ? named : startsByTopic(offer, null);
  const known = starts.filter((x) => x.start === 'next_month' || IMMEDIATE.has(x.start));
  if (known.length === 0) return null;
  const base = { kind: 'start', span: s.span, text: claimText(a.text, s.span), found: s.when } as const;
  const hit = known.find((x) => (x.start === 'next_month') === (s.when === 'next_month'));
  if (hit) return { ...base, field: hit.path, status: 'match', expected: hit.start };
  const target = known[0];
  return { ...base, field: target?.path ?? null, status: 'mismatch', rule: 'OFFER-007', expected: target?.start,
    message: `"${base.text}" says the term starts ${s.when === 'next_month' ? 'next month' : 'immediately'} but the offer starts it ${target?.start ?? ''}`,
    hint: target?.start === 'next_month' ? 'write 次月起 / 下月起' : 'write 立即生效 / 当月起' };
}

export function matchFree(f: TFreeMention, offer: TOffer, text: string): TClaim | null {
  const base = { kind: 'free', span: f.span, text: claimText(text, f.span), found: f.word } as const;
  const fees = offer.fee_changes;
  if (f.onFee) {
    // A free intro period makes the fee free only where the text names that period (首月免费, not 月费全免).
    const zero = fees.findIndex((x) => (x.kind === 'monthly_fee' || (x.kind === 'intro_price' && f.intro)) && x.amount_cny === 0);
    if (zero !== -1) return { ...base, field: `fee_changes[${zero}].amount_cny`, status: 'match', expected: '0 元' };
    return { ...base, field: fees.length > 0 ? 'fee_changes[0]' : null, status: 'mismatch', rule: 'OFFER-004',
      expected: fees.length > 0 ? `${fees[0]?.kind ?? ''} ${fees[0]?.amount_cny ?? ''} 元` : 'no fee change',
      message: `"${base.text}" claims the fee is free but the offer does not waive it`, hint: 'state the fee change of the offer' };
  }
  const paidIntro = fees.findIndex((x) => x.kind === 'intro_price' && x.amount_cny > 0);
  if (f.intro && f.word !== '半价' && paidIntro !== -1) {
    return { ...base, field: `fee_changes[${paidIntro}].amount_cny`, status: 'mismatch', rule: 'OFFER-004',
      expected: `intro price ${fees[paidIntro]?.amount_cny ?? ''} 元`,
      message: `"${base.text}" says the intro period is free but the offer charges an intro price of ${fees[paidIntro]?.amount_cny ?? ''} 元`,
      hint: 'state the intro price of the offer' };
  }
  if (f.word === '免费' || f.word === '全免' || /free/i.test(f.word)) return null; // a free gift of the offer's own benefit is no money term
  // What is left of FREE_RE is 半价 / half price: a 5折 discount.
  return matchPercentDiscount(5, f.span, offer, text);
}
