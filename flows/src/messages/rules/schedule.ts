/** Send window (TIME-001), projected finish (TIME-002) and dates that contradict the schedule (TIME-003). */
import { isDeadline, resolveDate } from '../match/dates.ts';
import { sendDateOf } from '../match/claims.ts';
import { finding, type TFinding } from '../finding.ts';
import { clockMinutes, formatClock, sendWallTime } from '../time.ts';
import type { TRuleContext } from './context.ts';

const DAY = 24 * 60;

/** Minutes from the window's start to `minutes`, and the window's length (windows may cross midnight). */
function windowOffsets(start: number, end: number, minutes: number): { at: number; length: number } {
  const length = end > start ? end - start : end + DAY - start;
  return { at: (minutes - start + DAY) % DAY, length };
}

export function checkSchedule({ offer, profile }: TRuleContext): TFinding[] {
  const c = offer.campaign;
  const w = c.send_window;
  const wall = sendWallTime(c.send_at, w.tz);
  if (!wall) return [];
  const start = clockMinutes(w.start);
  const end = clockMinutes(w.end);
  const { at, length } = windowOffsets(start, end, wall.minutes);
  const local = `${wall.date} ${formatClock(wall.minutes)} ${w.tz}`;
  // The window is [start, end): a send starting as the window closes sends nothing inside it.
  if (at >= length) {
    return [finding('TIME-001', profile, {
      expected: `${w.start}–${w.end} ${w.tz}`, found: local,
      message: `send_at ${c.send_at} is ${local}, outside the send window ${w.start}–${w.end}`,
      hint: `move send_at into ${w.start}–${w.end} (${w.tz})`,
    })];
  }
  const durationMin = c.audience_size / c.throughput_per_sec / 60;
  if (at + durationMin > length) {
    const finish = formatClock(wall.minutes + durationMin);
    return [finding('TIME-002', profile, {
      expected: `finish by ${w.end} ${w.tz}`, found: `finish ≈ ${finish} (${Math.ceil(durationMin)} min for ${c.audience_size} recipients at ${c.throughput_per_sec}/s)`,
      message: `sending ${c.audience_size} messages at ${c.throughput_per_sec}/s from ${formatClock(wall.minutes)} ends ≈ ${finish}, after the window closes at ${w.end}`,
      hint: 'start earlier, raise the throughput or split the audience',
    })];
  }
  return [];
}

export function checkTextDates({ text, offer, profile, analysis }: TRuleContext): TFinding[] {
  const sendDate = sendDateOf(offer);
  const out: TFinding[] = [];
  for (const d of analysis.dates) {
    if (!isDeadline(analysis, d)) continue;
    const iso = resolveDate(d, sendDate);
    if (iso === null || iso >= sendDate) continue;
    const shown = text.slice(d.span[0], d.span[1]);
    out.push(finding('TIME-003', profile, {
      span: d.span, expected: `on or after ${sendDate}`, found: iso,
      message: `the deadline "${shown}" (${iso}) is before the send date ${sendDate}`,
      hint: 'fix the date or the send time',
    }));
  }
  return out;
}
