/** Dates in the text against activation.deadline and start dates (OFFER-007); the year comes from the send date. */
import type { TAnalysis } from '../claims/analyze.ts';
import type { TDateMention } from '../claims/dates.ts';
import type { TOffer } from '../offer.ts';
import { daysInMonth, isoDate } from '../time.ts';
import { claimText, type TClaim } from './types.ts';

/** The date a mention names: a missing year is the send year, or the next one when that would be > 6 months back. */
export function resolveDate(d: TDateMention, sendDate: string): string | null {
  const sendYear = Number(sendDate.slice(0, 4));
  const month = d.month ?? Number(sendDate.slice(5, 7));
  let year = d.year ?? sendYear;
  if (year < 100) year += 2000;
  const dayOf = (y: number): number => (d.day === 'end' ? daysInMonth(y, month) : d.day);
  if (dayOf(year) > daysInMonth(year, month)) return null;
  let iso = isoDate(year, month, dayOf(year));
  if (d.year === null && Date.parse(iso) < Date.parse(sendDate) - 183 * 86_400_000) {
    year += 1;
    if (dayOf(year) > daysInMonth(year, month)) return null;
    iso = isoDate(year, month, dayOf(year));
  }
  return iso;
}

const ACTIVATION_CONTEXT = /(回复|办理|参与|参加|领取|活动|截止|有效期至|缴费|reply|by)/i;

/** Whether a date states the deadline: marked (前, 截止, 至) or plain inside an activation clause. */
export function isDeadline(a: TAnalysis, d: TDateMention): boolean {
  if (d.role === 'deadline') return true;
  if (d.role !== 'plain') return false;
  const c = a.clauses.clauses[a.clauses.clauseOf[Math.min(d.span[0], a.scan.length - 1)] ?? 0];
  return c !== undefined && ACTIVATION_CONTEXT.test(a.scan.slice(c.start, c.end));
}

function firstOfNextMonth(sendDate: string): string {
  const y = Number(sendDate.slice(0, 4));
  const m = Number(sendDate.slice(5, 7));
  return m === 12 ? isoDate(y + 1, 1, 1) : isoDate(y, m + 1, 1);
}

function startDates(offer: TOffer, sendDate: string): Array<{ path: string; iso: string }> {
  const out: Array<{ path: string; iso: string }> = [];
  const add = (path: string, start: string | undefined): void => {
    if (start === undefined) return;
    if (/^\d{4}-\d{2}-\d{2}$/.test(start)) out.push({ path, iso: start });
    else if (start === 'next_month') out.push({ path, iso: firstOfNextMonth(sendDate) });
  };
  offer.benefits.forEach((b, i) => add(`benefits[${i}].start`, b.start));
  offer.fee_changes.forEach((f, i) => add(`fee_changes[${i}].start`, f.start));
  if (offer.balance_freeze) add('balance_freeze.release_start', offer.balance_freeze.release_start);
  return out;
}

export function matchDate(a: TAnalysis, d: TDateMention, offer: TOffer, sendDate: string): TClaim | null {
  const iso = resolveDate(d, sendDate);
  if (iso === null) return null;
  const base = { kind: 'date', span: d.span, text: claimText(a.text, d.span), found: iso } as const;
  const deadline = offer.activation.deadline;
  if (d.role === 'from') return null;
  if (iso === deadline) return { ...base, field: 'activation.deadline', status: 'match', expected: deadline };
  const starts = startDates(offer, sendDate);
  const startHit = starts.find((s) => s.iso === iso);
  if (startHit) return { ...base, field: startHit.path, status: 'match', expected: startHit.iso };
  if (d.role === 'start') {
    if (starts.length === 0) return null;
    const target = starts[0];
    return { ...base, field: target?.path ?? null, status: 'mismatch', rule: 'OFFER-007', expected: target?.iso,
      message: `effective date "${base.text}" (${iso}) differs from the offer (${target?.iso ?? ''})`,
      hint: 'state the start the offer gives' };
  }
  if (!isDeadline(a, d)) return null;
  return { ...base, field: 'activation.deadline', status: 'mismatch', rule: 'OFFER-007', expected: deadline,
    message: `deadline "${base.text}" (${iso}) differs from the offer's activation deadline ${deadline}`,
    hint: `write the deadline ${Number(deadline.slice(5, 7))}月${Number(deadline.slice(8, 10))}日` };
}
