/** Locale-aware dates and durations, following the UI language rather than the browser's. */
import { useTranslation } from 'react-i18next';

const UNITS: Array<[Intl.RelativeTimeFormatUnit, number]> = [
  ['day', 86_400_000],
  ['hour', 3_600_000],
  ['minute', 60_000],
  ['second', 1_000],
];

export function useFormat() {
  const { i18n } = useTranslation();
  const lng = i18n.language;
  const dateTime = new Intl.DateTimeFormat(lng, { dateStyle: 'medium', timeStyle: 'short' });
  const time = new Intl.DateTimeFormat(lng, { hour: '2-digit', minute: '2-digit', second: '2-digit' });
  const rel = new Intl.RelativeTimeFormat(lng, { numeric: 'auto', style: 'short' });

  return {
    dateTime: (v: string | Date | null | undefined) => (v ? dateTime.format(new Date(v)) : '—'),
    time: (v: string | Date) => time.format(new Date(v)),
    /** "3 min ago", "in 2 h" — relative to now. */
    relative(v: string | Date | null | undefined, now = Date.now()) {
      if (!v) return '—';
      const diff = new Date(v).getTime() - now;
      for (const [unit, ms] of UNITS) {
        if (Math.abs(diff) >= ms || unit === 'second') return rel.format(Math.round(diff / ms), unit);
      }
      return '';
    },
    /** Compact duration such as "1h 5m" or "1小时5分钟". */
    duration(ms: number | null | undefined) {
      if (ms === null || ms === undefined) return '—';
      if (ms < 1000) return new Intl.NumberFormat(lng, { style: 'unit', unit: 'millisecond', unitDisplay: 'narrow' }).format(ms);
      const parts: string[] = [];
      let rest = Math.round(ms / 1000);
      for (const [unit, sec] of [['day', 86_400], ['hour', 3_600], ['minute', 60], ['second', 1]] as const) {
        const n = Math.floor(rest / sec);
        rest -= n * sec;
        if (n > 0 && parts.length < 2) {
          parts.push(new Intl.NumberFormat(lng, { style: 'unit', unit, unitDisplay: 'narrow' }).format(n));
        }
      }
      return parts.join(' ');
    },
  };
}
