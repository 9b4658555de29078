/** Durations: ISO-8601 (`PT30M`, `P2D`, `P1DT2H`) or shorthand (`90s`, `30m`, `24h`, `3d`, `1.5h`). */

const SECOND = 1000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
const SHORTHAND_UNITS: Readonly<Record<string, number>> = { s: SECOND, m: MINUTE, h: HOUR, d: DAY };
const SHORTHAND = /^(\d+(?:\.\d+)?)([smhd])$/;
// Years and months have no fixed length; they are read as 365 and 30 days so that `P1M` still means something.
const ISO = /^P(?:(\d+(?:\.\d+)?)Y)?(?:(\d+(?:\.\d+)?)M)?(?:(\d+(?:\.\d+)?)W)?(?:(\d+(?:\.\d+)?)D)?(?:T(?:(\d+(?:\.\d+)?)H)?(?:(\d+(?:\.\d+)?)M)?(?:(\d+(?:\.\d+)?)S)?)?$/;
const ISO_UNITS = [365 * DAY, 30 * DAY, 7 * DAY, DAY, HOUR, MINUTE, SECOND];

/** Parses a literal duration to whole milliseconds; null when it is not a duration. */
export function parseDuration(text: string): number | null {
  if (typeof text !== 'string' || text.length > 64) return null;
  const short = SHORTHAND.exec(text);
  if (short) {
    const unit = SHORTHAND_UNITS[short[2] ?? ''];
    return unit === undefined ? null : finite(Number(short[1]) * unit);
  }
  const iso = ISO.exec(text);
  // `P` and `P1DT` match the pattern with no number, or a dangling T; both are invalid ISO-8601.
  if (!iso || text === 'P' || text.endsWith('T')) return null;
  let total = 0;
  let any = false;
  for (let i = 0; i < ISO_UNITS.length; i += 1) {
    const part = iso[i + 1];
    if (part === undefined) continue;
    any = true;
    total += Number(part) * (ISO_UNITS[i] ?? 0);
  }
  return any ? finite(total) : null;
}

function finite(ms: number): number | null {
  return Number.isFinite(ms) && ms <= Number.MAX_SAFE_INTEGER ? Math.round(ms) : null;
}
