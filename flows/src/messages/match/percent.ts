/**
 * A percentage discount (8折, 半价 = 5折) against the offer's fee changes (OFFER-004). The offer states money only in
 * 元, so a percentage is the offer's term only when the offer's own numbers give that ratio: a fixed reduction or an
 * intro price divided by the monthly fee. A fixed 立减35元 without a stated monthly fee is not "8折".
 */
import type { TSpan } from '../finding.ts';
import type { TOffer } from '../offer.ts';
import { claimText, fmtNumber, type TClaim } from './types.ts';

/** Ratios closer than this are the same term (8.5折 = 85 %; rounding of 元 amounts to a tenth of a 折). */
const RATIO_TOLERANCE = 0.01;

export function matchPercentDiscount(tenths: number, span: TSpan, offer: TOffer, text: string): TClaim {
  const ratio = tenths / 10;
  const base = { kind: 'free', span, text: claimText(text, span), found: `${fmtNumber(tenths)}折` } as const;
  const fees = offer.fee_changes;
  const fullFee = fees.find((x) => x.kind === 'monthly_fee')?.amount_cny;
  for (const [i, f] of fees.entries()) {
    const paid = f.kind === 'monthly_fee_discount' ? (fullFee === undefined ? undefined : fullFee - f.amount_cny)
      : f.kind === 'intro_price' ? f.amount_cny : undefined;
    if (paid !== undefined && fullFee !== undefined && fullFee > 0 && Math.abs(paid / fullFee - ratio) < RATIO_TOLERANCE) {
      return { ...base, field: `fee_changes[${i}].amount_cny`, status: 'match', expected: `${fmtNumber(paid)} / ${fmtNumber(fullFee)} 元` };
    }
    // An intro price with no monthly fee to compare against cannot be checked as a ratio: left to the reviewer.
    if (f.kind === 'intro_price' && fullFee === undefined) return { ...base, field: `fee_changes[${i}]`, status: 'match' };
  }
  const discount = fees.findIndex((x) => x.kind === 'monthly_fee_discount' || x.kind === 'intro_price');
  const target = fees[discount];
  return { ...base, field: target ? `fee_changes[${discount}]` : null, status: 'mismatch', rule: 'OFFER-004',
    expected: target ? `${target.kind} ${fmtNumber(target.amount_cny)} 元` : 'no discount',
    message: target ? `"${base.text}" states a percentage discount but the offer's term is ${target.kind} ${fmtNumber(target.amount_cny)} 元`
      : `"${base.text}" promises a discount the offer does not have`,
    hint: target ? `state the offer's amount (e.g. 立减${fmtNumber(target.amount_cny)}元)` : 'remove the discount claim' };
}
