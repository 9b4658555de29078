/**
 * Money amounts by role: freeze and release amounts against balance_freeze (OFFER-005, also when the balance part is
 * described as a gift 送/赠), fees and discounts against fee_changes (OFFER-004), other amounts against any money
 * field, and money benefits the offer does not have (OFFER-009).
 */
import type { TReadQuantity } from '../claims/analyze.ts';
import type { TOffer } from '../offer.ts';
import { claimText, fmtNumber, type TClaim } from './types.ts';

type TMoney = Extract<TReadQuantity, { type: 'money' }>;
type TMoneyField = { path: string; cny: number; kind: string };

const FEE_LABEL: Record<string, string> = {
  monthly_fee_discount: 'monthly fee discount', monthly_fee: 'monthly fee', intro_price: 'intro price',
  freeze: 'frozen balance', release: 'monthly release',
};

function moneyFields(offer: TOffer): TMoneyField[] {
  const out: TMoneyField[] = offer.fee_changes.map((f, i) => ({ path: `fee_changes[${i}].amount_cny`, cny: f.amount_cny, kind: f.kind }));
  const bf = offer.balance_freeze;
  if (bf) {
    out.push({ path: 'balance_freeze.freeze_amount_cny', cny: bf.freeze_amount_cny, kind: 'freeze' });
    out.push({ path: 'balance_freeze.release_per_month_cny', cny: bf.release_per_month_cny, kind: 'release' });
  }
  return out;
}

const show = (f: TMoneyField): string => `${FEE_LABEL[f.kind] ?? f.kind} ${fmtNumber(f.cny)} 元`;

export function matchMoney(q: TMoney, offer: TOffer, text: string): TClaim | null {
  const found = `${fmtNumber(q.cny)} 元`;
  const base = { kind: 'money', span: q.span, text: claimText(text, q.span), found } as const;
  const fields = moneyFields(offer);
  const bf = offer.balance_freeze;
  if (q.role === 'other') return null;
  if (q.role === 'freeze' || q.role === 'release') {
    const f = fields.find((x) => x.kind === q.role);
    if (!bf || !f) {
      return { ...base, field: null, status: 'mismatch', rule: 'OFFER-005', expected: 'no balance freeze',
        message: `the text describes a balance freeze ("${base.text}") but the offer has none`, hint: 'remove the freeze wording' };
    }
    if (f.cny === q.cny) return { ...base, field: f.path, status: 'match', expected: show(f) };
    return { ...base, field: f.path, status: 'mismatch', rule: 'OFFER-005', expected: show(f),
      message: `${FEE_LABEL[q.role]} "${base.text}" differs from the offer (${show(f)})`, hint: `write ${fmtNumber(f.cny)}元 as in the offer` };
  }
  if (q.role === 'gift' && bf) {
    const f = fields.find((x) => (x.kind === 'freeze' || x.kind === 'release') && x.cny === q.cny)
      ?? fields.find((x) => x.kind === 'freeze');
    return { ...base, field: f?.path ?? 'balance_freeze', status: 'mismatch', rule: 'OFFER-005',
      expected: `冻结 ${fmtNumber(bf.freeze_amount_cny)} 元, released ${fmtNumber(bf.release_per_month_cny)} 元/month`,
      message: `the frozen balance is described as a gift ("${base.text}"); the offer freezes it (冻结) and releases it monthly`,
      hint: 'describe the balance part with 冻结 … 逐月解冻, never 送/赠' };
  }
  const fees = fields.filter((x) => x.kind !== 'freeze' && x.kind !== 'release');
  if (q.role === 'fee_discount' || q.role === 'monthly_fee' || q.role === 'intro_price') {
    const kind = q.role === 'fee_discount' ? 'monthly_fee_discount' : q.role;
    const exact = fees.find((f) => f.cny === q.cny && f.kind === kind) ?? fees.find((f) => f.cny === q.cny && fees.every((g) => g.kind !== kind));
    if (exact) return { ...base, field: exact.path, status: 'match', expected: show(exact) };
    const target = fees.find((f) => f.kind === kind) ?? fees[0];
    return { ...base, field: target?.path ?? null, status: 'mismatch', rule: 'OFFER-004',
      expected: target ? show(target) : 'no fee change',
      message: `${FEE_LABEL[kind] ?? 'money term'} "${base.text}" differs from the offer${target ? ` (${show(target)})` : ' (it has no fee change)'}`,
      hint: target ? `write ${fmtNumber(target.cny)}元 as in the offer` : 'remove the fee claim or add it to the offer' };
  }
  const any = fields.find((f) => f.cny === q.cny);
  if (any) return { ...base, field: any.path, status: 'match', expected: show(any) };
  if (q.role === 'gift' || fields.length === 0) {
    if (q.role !== 'gift') return null; // an amount in prose (a bill total) with no money in the offer is no claim
    return { ...base, field: null, status: 'unmapped', rule: 'OFFER-009',
      message: `the text promises "${base.text}" but no offer field gives money`, hint: 'remove the invented benefit or add it to the offer' };
  }
  const target = fees[0] ?? fields[0];
  return { ...base, field: target?.path ?? null, status: 'mismatch', rule: 'OFFER-004', expected: target ? show(target) : undefined,
    message: `money amount "${base.text}" matches no money term of the offer`, hint: 'use the amounts of the offer' };
}
