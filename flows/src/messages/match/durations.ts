/**
 * Months and days against the offer's durations, by the item the context names: commitment → conditions[].months,
 * freeze → balance_freeze.release_months (a mismatch there is OFFER-005), validity → benefits[].validity_days,
 * fee → fee_changes[].months, data / voice → benefits[].months. A duration nobody names must equal some duration.
 */
import type { TReadQuantity } from '../claims/analyze.ts';
import type { TTopic } from '../claims/context.ts';
import type { TOffer } from '../offer.ts';
import { claimText, fmtNumber, type TClaim } from './types.ts';

type TDuration = Extract<TReadQuantity, { type: 'months' } | { type: 'days' }>;
type TField = { path: string; days: number; topic: TTopic };

const MONTH_DAYS = 30;

function offerDurations(offer: TOffer): TField[] {
  const out: TField[] = [];
  offer.conditions.forEach((c, i) => {
    if (c.months !== undefined) out.push({ path: `conditions[${i}].months`, days: c.months * MONTH_DAYS, topic: 'commitment' });
  });
  if (offer.balance_freeze) {
    out.push({ path: 'balance_freeze.release_months', days: offer.balance_freeze.release_months * MONTH_DAYS, topic: 'freeze' });
  }
  offer.fee_changes.forEach((f, i) => {
    if (f.months !== undefined) out.push({ path: `fee_changes[${i}].months`, days: f.months * MONTH_DAYS, topic: 'fee' });
  });
  offer.benefits.forEach((b, i) => {
    const topic: TTopic = b.kind === 'voice' ? 'voice' : 'data';
    if (b.months !== undefined) out.push({ path: `benefits[${i}].months`, days: b.months * MONTH_DAYS, topic });
    if (b.validity_days !== undefined) out.push({ path: `benefits[${i}].validity_days`, days: b.validity_days, topic: 'validity' });
  });
  return out;
}

function sameDuration(claimDays: number, fieldDays: number, inMonths: boolean): boolean {
  if (claimDays === fieldDays) return true;
  // "1个月" may state a 30- or 31-day validity; days are never rounded to months otherwise.
  return inMonths ? Math.abs(claimDays - fieldDays) <= 2 && fieldDays % MONTH_DAYS !== 0 : false;
}

function show(f: TField): string {
  return f.path.endsWith('validity_days') ? `${f.days} days` : `${fmtNumber(f.days / MONTH_DAYS)} months`;
}

export function matchDuration(q: TDuration, offer: TOffer, text: string): TClaim | null {
  const inMonths = q.type === 'months';
  const days = inMonths ? q.months * MONTH_DAYS : q.days;
  const found = inMonths ? `${fmtNumber(q.months)} months` : `${fmtNumber(q.days)} days`;
  const all = offerDurations(offer);
  const named = q.topic === null ? [] : all.filter((f) => f.topic === q.topic);
  const kind = q.topic === 'validity' ? 'validity' : 'duration';
  const base = { kind, span: q.span, text: claimText(text, q.span), found } as const;
  const hit = (named.length > 0 ? named : all).find((f) => sameDuration(days, f.days, inMonths));
  if (hit) return { ...base, field: hit.path, status: 'match', expected: show(hit) };
  // Days outside a validity statement (3天内到账) are service promises, not offer terms.
  if (!inMonths && q.topic !== 'validity') return null;
  const target = named[0] ?? all[0];
  if (target?.topic === 'freeze' && named.length > 0) {
    return { ...base, field: target.path, status: 'mismatch', rule: 'OFFER-005', expected: show(target),
      message: `the balance is released over "${base.text}" but the offer releases it over ${show(target)}`,
      hint: `state the release period as ${offer.balance_freeze?.release_months ?? ''}个月` };
  }
  return { ...base, field: target?.path ?? null, status: 'mismatch', rule: 'OFFER-002',
    expected: target ? show(target) : 'no duration',
    message: `duration "${base.text}" differs from the offer${target ? ` (${target.path}: ${show(target)})` : ''}`,
    hint: target ? `write ${show(target)} as in the offer` : 'remove the duration the offer does not have' };
}
