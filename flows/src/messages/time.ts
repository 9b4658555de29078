/**
 * Time helpers without the host's local zone: send times are read as written (with their offset) and converted to
 * the send window's IANA zone with Intl, which exists in browsers, Node and the Temporal workflow sandbox.
 */

/** A wall-clock reading in some zone. `minutes` is minutes since local midnight. */
export type TWallTime = { date: string; minutes: number };

/** An ISO date-time: the instant (when it has an offset) and its written wall time. */
export type TIsoDateTime = { epochMs: number | null; wall: TWallTime };

const ISO_DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})?$/;

export function isCalendarDate(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  return day <= daysInMonth(year, month);
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export function isoDate(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Parses `2026-03-10T10:00:00+08:00`, `…Z`, or a zone-less wall time (then `epochMs` is null). */
export function parseIsoDateTime(value: string): TIsoDateTime | null {
  const m = ISO_DATE_TIME.exec(value.trim());
  if (!m) return null;
  const n = (i: number): number => Number(m[i] ?? 0);
  const [year, month, day, hour, minute, second] = [n(1), n(2), n(3), n(4), n(5), n(6)];
  if (!isCalendarDate(year, month, day) || hour > 23 || minute > 59 || second > 59) return null;
  const wall = { date: isoDate(year, month, day), minutes: hour * 60 + minute + second / 60 };
  const zone = m[7];
  if (zone === undefined) return { epochMs: null, wall };
  const offsetMin = zone === 'Z' ? 0 : offsetMinutes(zone);
  const epochMs = Date.UTC(year, month - 1, day, hour, minute, second) - offsetMin * 60_000;
  return { epochMs, wall };
}

function offsetMinutes(zone: string): number {
  const sign = zone.startsWith('-') ? -1 : 1;
  const digits = zone.slice(1).replace(':', '');
  return sign * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2, 4)));
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit',
      hour: '2-digit', minute: '2-digit', second: '2-digit',
    });
    formatters.set(timeZone, f);
  }
  return f;
}

export function isTimeZone(timeZone: string): boolean {
  try {
    formatterFor(timeZone);
    return true;
  } catch {
    return false;
  }
}

/** The wall time of an instant in an IANA zone (e.g. 01:30Z → 09:30 in Asia/Shanghai). */
export function wallTimeIn(epochMs: number, timeZone: string): TWallTime {
  const parts = formatterFor(timeZone).formatToParts(new Date(epochMs));
  const get = (type: string): number => Number(parts.find((p) => p.type === type)?.value ?? 0);
  return {
    date: isoDate(get('year'), get('month'), get('day')),
    minutes: (get('hour') % 24) * 60 + get('minute') + get('second') / 60,
  };
}

/** A send time as the window's zone sees it; zone-less times are taken to be written in that zone already. */
export function sendWallTime(sendAt: string, timeZone: string): TWallTime | null {
  const parsed = parseIsoDateTime(sendAt);
  if (!parsed) return null;
  return parsed.epochMs === null ? parsed.wall : wallTimeIn(parsed.epochMs, timeZone);
}

export function clockMinutes(clock: string): number {
  const [h, m] = clock.split(':').map(Number);
  return (h ?? 0) * 60 + (m ?? 0);
}

export function formatClock(minutes: number): string {
  const total = Math.floor(minutes);
  const h = Math.floor(total / 60) % 24;
  return `${String(h).padStart(2, '0')}:${String(total % 60).padStart(2, '0')}`;
}
