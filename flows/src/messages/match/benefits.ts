/** Data and voice amounts against `benefits[]`: amount (OFFER-001), basis (OFFER-003), invented ones (OFFER-009). */
import type { TReadQuantity } from '../claims/analyze.ts';
import type { TBenefit, TOffer } from '../offer.ts';
import { claimText, fmtNumber, type TClaim } from './types.ts';

type TAmountQuantity = Extract<TReadQuantity, { type: 'data' } | { type: 'voice' }>;

const MB: Record<TBenefit['unit'], number> = { GB: 1024, MB: 1, min: 1 };

/** A benefit's amount in the unit quantities are read in (MB for data, minutes for voice). */
export function normalisedAmount(b: TBenefit): number {
  return b.amount * MB[b.unit];
}

export function sameAmount(a: number, b: number): boolean {
  // 1 GB is 1024 MB, but texts often write 1000: both normalise to the same amount.
  if (a === b) return true;
  const ratio = a / b;
  return Math.abs(ratio - 1) < 1e-9 || Math.abs(ratio - 1000 / 1024) < 1e-9 || Math.abs(ratio - 1024 / 1000) < 1e-9;
}

function describe(b: TBenefit): string {
  const basis = b.basis === 'per_month' ? ` per month${b.months ? ` for ${b.months} months` : ''}` : ' one-time';
  return `${fmtNumber(b.amount)} ${b.unit}${basis}`;
}

/**
 * `others`: every data / voice amount of the text. A correct total (累计120GB) of a per-month benefit restates it
 * only when the text also gives the monthly amount or the monthly spread; alone it misstates the basis (OFFER-003).
 */
export function matchBenefitAmount(q: TAmountQuantity, offer: TOffer, text: string, others: readonly TAmountQuantity[] = []): TClaim {
  const voice = q.type === 'voice';
  const value = q.type === 'voice' ? q.minutes : q.mb;
  const found = q.type === 'voice' ? `${fmtNumber(q.minutes)} min` : `${fmtNumber(q.value)} ${q.unit}`;
  const foundBasis = q.basis === 'per_month' ? `${found} per month` : q.basis ? `${found} ${q.basis === 'total' ? 'in total' : 'one-time'}` : found;
  const base = { kind: q.type, span: q.span, text: claimText(text, q.span), found: foundBasis } as const;
  const candidates = offer.benefits.map((b, i) => ({ b, i })).filter(({ b }) => (b.kind === 'voice') === voice);
  if (candidates.length === 0) {
    return { ...base, field: null, status: 'unmapped', rule: 'OFFER-009',
      message: `the text promises ${found} ${voice ? 'of calls' : 'of data'} but the offer has no such benefit`,
      hint: 'remove the invented benefit or add it to the offer' };
  }
  const amountOf = (b: TBenefit): number => b.amount * MB[b.unit];
  const totalOf = (b: TBenefit): number => amountOf(b) * (b.basis === 'per_month' ? (b.months ?? 1) : 1);
  const direct = candidates.find(({ b }) => sameAmount(value, amountOf(b)));
  if (direct) {
    const { b, i } = direct;
    const field = `benefits[${i}].amount`;
    const wrongBasis = (q.basis === 'per_month' && b.basis === 'one_time')
      || ((q.basis === 'one_time' || q.basis === 'total') && b.basis === 'per_month' && (b.months ?? 2) > 1);
    if (wrongBasis) {
      return { ...base, field: `benefits[${i}].basis`, status: 'mismatch', rule: 'OFFER-003', expected: describe(b),
        message: `"${base.text}" is described as ${q.basis === 'per_month' ? 'per month' : 'one-time / in total'} but the offer gives ${describe(b)}`,
        hint: b.basis === 'per_month' ? 'say 每月 … and the number of months (共N个月)' : 'say 一次性 (one-time) instead of 每月' };
    }
    return { ...base, field, status: 'match', expected: describe(b) };
  }
  const asTotal = candidates.find(({ b }) => b.basis === 'per_month' && sameAmount(value, totalOf(b)));
  if (asTotal) {
    const { b, i } = asTotal;
    if (q.basis === 'per_month' || q.basis === 'one_time') {
      return { ...base, field: `benefits[${i}].basis`, status: 'mismatch', rule: 'OFFER-003', expected: describe(b),
        message: `"${base.text}" ${q.basis === 'per_month' ? 'per month' : 'at once'} is the offer's total; the offer gives ${describe(b)}`,
        hint: 'state the monthly amount with 每月, or the total with 共' };
    }
    const monthlyStated = others.some((o) => o !== q && o.type === q.type && sameAmount(o.type === 'voice' ? o.minutes : o.mb, amountOf(b)));
    // …or when it says the total arrives month by month (共120GB，分12个月到账).
    const rest = text.slice(q.span[1]).split(/[。；;！!？?]/)[0] ?? '';
    const spread = /分\s*[\d一二两三四五六七八九十]+\s*个?月|按月|逐月/.test(rest);
    if (q.basis === 'total' && (b.months ?? 1) > 1 && !monthlyStated && !spread) {
      return { ...base, field: `benefits[${i}].basis`, status: 'mismatch', rule: 'OFFER-003', expected: describe(b),
        message: `"${base.text}" is given as a total but the offer gives ${describe(b)}`,
        hint: 'state the monthly amount with 每月 and the number of months' };
    }
    return { ...base, field: `benefits[${i}].amount`, status: 'match', expected: `${describe(b)} (total)` };
  }
  const best = candidates[0];
  const b = best?.b;
  const i = best?.i ?? 0;
  const expected = b ? describe(b) : '';
  return { ...base, field: `benefits[${i}].amount`, status: 'mismatch', rule: 'OFFER-001', expected,
    message: `${voice ? 'call minutes' : 'data amount'} "${base.text}" differs from the offer (${expected})`,
    hint: `write ${b ? `${fmtNumber(b.amount)}${b.unit}` : 'the offer amount'} as in the offer` };
}
