/**
 * Calendar mentions: 3月31日, 2026年3月31日, 2026-03-31, 3月底, 月底, and the billing month 3月份 (which is neither a
 * date to check nor a duration). Read before quantities so 3月31日前 never becomes "3 months".
 */
import type { TSpan } from '../finding.ts';
import { CN_NUMERAL_CLASS, parseChineseNumber } from '../text/numerals.ts';
import { matchAll, SpanSet } from '../text/scan.ts';

/** A date as written: the year is often absent and is resolved against the send date later. */
export type TDateMention = {
  span: TSpan;
  year: number | null;
  month: number | null; // null: the current month (月底)
  day: number | 'end';
  /** `from`: the first date of a range (3月1日至3月31日), never compared. */
  role: 'deadline' | 'start' | 'from' | 'plain';
};

/** Spans that hold calendar words but no date to check (3月份, 2026年, 10:00, 8点). */
export type TCalendarNoise = { span: TSpan };

const NUM = `(\\d{1,4}|${CN_NUMERAL_CLASS}{1,4})`;
const DAY_RE = new RegExp(`(?:${NUM}年)?${NUM}月${NUM}[日号]`);
const ISO_RE = /(?<!\d)(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?!\d)/;
const MONTH_END_RE = new RegExp(`(?:${NUM}年)?(本|当|这个|${NUM})?月(底|末)`);
const MONTH_DAY_SLASH = /(?<![\d.])(\d{1,2})\/(\d{1,2})(?![\d/])/;
const MONTHS = 'jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec';
const EN_DAY_MONTH = new RegExp(`(?<![\\d])(\\d{1,2})(?:st|nd|rd|th)?\\s+(${MONTHS})[a-z]*\\.?(?:,?\\s+(\\d{4}))?`, 'i');
const EN_MONTH_DAY = new RegExp(`\\b(${MONTHS})[a-z]*\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?(?!\\d)(?:,?\\s+(\\d{4}))?`, 'i');

function monthOf(name: string | undefined): number | null {
  const i = MONTHS.split('|').indexOf((name ?? '').slice(0, 3).toLowerCase());
  return i === -1 ? null : i + 1;
}

const NOISE_RES = [
  new RegExp(`${NUM}月份`), new RegExp(`${NUM}月(起|初|中旬|上旬|下旬|中)`), /(?<!\d)\d{4}年/,
  /(?<!\d)\d{1,2}[:：]\d{2}(?!\d)/, new RegExp(`${NUM}[点時时](半|整)?`),
];

const DEADLINE_AFTER = /^\s*(\d{1,2}\s*([:：]\d{2}|时|点)\s*)?(前|之前|以前|止|为止|截止|截至|内)/;
const RANGE_AFTER = /^\s*(至|到|~|-|—|－|until|to\b)/i;
const DEADLINE_BEFORE = /(截止|截至|截止到|截止至|至|到|~|－|-|—|于|在|by|before|until|till|ends?|expires?)\s*(the\s*)?$/i;
const START_AFTER = /^\s*(起|开始|生效|后生效)/;

function num(s: string | undefined): number | null {
  if (s === undefined) return null;
  return /^\d+$/.test(s) ? Number(s) : parseChineseNumber(s);
}

function roleOf(scan: string, span: TSpan): TDateMention['role'] {
  const after = scan.slice(span[1], span[1] + 6);
  const before = scan.slice(Math.max(0, span[0] - 4), span[0]);
  if (START_AFTER.test(after)) return 'start';
  if (RANGE_AFTER.test(after)) return 'from';
  if (DEADLINE_AFTER.test(after) || DEADLINE_BEFORE.test(before)) return 'deadline';
  return 'plain';
}

export function findDates(scan: string): { dates: TDateMention[]; noise: TCalendarNoise[] } {
  const dates: TDateMention[] = [];
  const taken = new SpanSet(scan.length);
  const push = (span: TSpan, year: number | null, month: number | null, day: number | 'end'): void => {
    if (taken.overlaps(span)) return;
    taken.add(span);
    dates.push({ span, year, month, day, role: roleOf(scan, span) });
  };
  for (const { span, m } of matchAll(ISO_RE, scan)) {
    push(span, Number(m[1]), Number(m[2]), Number(m[3]));
  }
  for (const { span, m } of matchAll(DAY_RE, scan)) {
    const month = num(m[2]);
    const day = num(m[3]);
    if (month !== null && day !== null && month >= 1 && month <= 12 && day >= 1 && day <= 31) push(span, num(m[1]), month, day);
  }
  for (const { span, m } of matchAll(MONTH_END_RE, scan)) {
    if (scan[span[0] - 1] === '每') continue; // 每月底 is a recurring day, not a date
    const month = m[3] !== undefined ? num(m[3]) : null;
    if (month === null || (month >= 1 && month <= 12)) push(span, num(m[1]), month, 'end');
  }
  for (const { span, m } of matchAll(MONTH_DAY_SLASH, scan)) {
    const month = Number(m[1]);
    const day = Number(m[2]);
    if (month >= 1 && month <= 12 && day >= 1 && day <= 31) push(span, null, month, day);
  }
  for (const { span, m } of matchAll(EN_DAY_MONTH, scan)) {
    const month = monthOf(m[2]);
    if (month !== null) push(span, m[3] ? Number(m[3]) : null, month, Number(m[1]));
  }
  for (const { span, m } of matchAll(EN_MONTH_DAY, scan)) {
    const month = monthOf(m[1]);
    if (month !== null) push(span, m[3] ? Number(m[3]) : null, month, Number(m[2]));
  }
  const noise: TCalendarNoise[] = [];
  for (const re of NOISE_RES) {
    for (const { span } of matchAll(re, scan)) {
      if (!taken.overlaps(span)) noise.push({ span });
    }
  }
  return { dates: dates.sort((a, b) => a.span[0] - b.span[0]), noise };
}
