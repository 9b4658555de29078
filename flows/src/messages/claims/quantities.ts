/**
 * Numbers with units in the blanked scan text (keywords, URLs, dates and idioms are already blanked out), in Arabic
 * or Chinese numerals: data (GB/MB; a bare G or M only next to 流量, so 5G网络 and 300M宽带 are no data amounts),
 * voice minutes, money, months, days and discounts (N折).
 */
import type { TSpan } from '../finding.ts';
import { parseChineseNumber } from '../text/numerals.ts';
import { matchAll } from '../text/scan.ts';

export type TQuantity =
  | { type: 'data'; span: TSpan; value: number; unit: 'GB' | 'MB' | 'TB'; mb: number }
  | { type: 'voice'; span: TSpan; minutes: number }
  | { type: 'money'; span: TSpan; cny: number }
  | { type: 'months'; span: TSpan; months: number }
  | { type: 'days'; span: TSpan; days: number }
  | { type: 'discount'; span: TSpan; tenths: number };

const NUMBER_RE = /(\d+(?:\.\d+)?)|([零〇一二两三四五六七八九十百千万]+)|(半)/;
const SCOPE_THEN_DATA = /^的?(?:国内通用|全国通用|省内通用|省内|国内|全国|本地|定向|夜间|闲时|通用|高速)?(?:流量|数据|上网)/;
const DATA_BEFORE = /(?:流量|数据|上网)(?:包|加油包)?[为是:：]?\s*$/;
const NOT_DATA_AFTER = /^(?:网|手机|套餐|信号|终端|基站|用户|宽带|光纤|带宽|时代|技术|bps|SA|NR|\+)/i;
const MB_PER: Record<'GB' | 'MB' | 'TB', number> = { MB: 1, GB: 1024, TB: 1024 * 1024 };

function dataUnit(scan: string, numStart: number, afterUnit: number, letter: string): 'GB' | 'MB' | 'TB' | null {
  const upper = letter.toUpperCase();
  if (upper === 'GB' || upper === 'MB' || upper === 'TB') return upper;
  // A bare G / M / 兆 is data only right before 流量 (10G流量) or right after it (流量10G); else network or speed.
  const after = scan.slice(afterUnit, afterUnit + 8);
  if (NOT_DATA_AFTER.test(after)) return null;
  const before = scan.slice(Math.max(0, numStart - 6), numStart);
  if (!SCOPE_THEN_DATA.test(after) && !DATA_BEFORE.test(before)) return null;
  if (upper === 'G') return 'GB';
  if (upper === 'T') return 'TB';
  return 'MB';
}

type TUnitRule = { re: RegExp; build: (value: number, span: TSpan, unit: string) => TQuantity | null };

function unitRules(scan: string, numStart: number): TUnitRule[] {
  return [
    { re: /^\s?个?(TB|GB|MB|T|G|M|兆)(?![A-Za-z])/i, build: (value, span, unit) => {
      const u = dataUnit(scan, numStart, span[1], unit);
      return u === null ? null : { type: 'data', span, value, unit: u, mb: value * MB_PER[u] };
    } },
    { re: /^\s?(分钟|mins?(?![A-Za-z])|minutes?(?![A-Za-z]))/i, build: (value, span) => ({ type: 'voice', span, minutes: value }) },
    { re: /^\s?(元|块钱|块(?!钱)|rmb|cny|yuan)/i, build: (value, span) => ({ type: 'money', span, cny: value }) },
    { re: /^\s?(个自然月|个月|[- ]?months?(?![A-Za-z]))/i, build: (value, span) => ({ type: 'months', span, months: value }) },
    { re: /^\s?(年)(?!级|代|度|份|龄|费|卡)/, build: (value, span) => (value <= 10 ? { type: 'months', span, months: value * 12 } : null) },
    { re: /^\s?(天|日|[- ]?days?(?![A-Za-z]))/i, build: (value, span) => ({ type: 'days', span, days: value }) },
    { re: /^(折)/, build: (value, span) => (value > 0 && value < 10 ? { type: 'discount', span, tenths: value } : null) },
  ];
}

function numberValue(m: RegExpExecArray): number | null {
  if (m[1] !== undefined) return Number(m[1]);
  if (m[2] !== undefined) return parseChineseNumber(m[2]);
  return 0.5;
}

export function findQuantities(scan: string): TQuantity[] {
  const out: TQuantity[] = [];
  for (const { span, m } of matchAll(NUMBER_RE, scan)) {
    const value = numberValue(m);
    if (value === null || !Number.isFinite(value)) continue;
    const prev = scan[span[0] - 1] ?? '';
    if (m[1] !== undefined && /[A-Za-z0-9.]/.test(prev)) continue; // part of a token such as YY6 or v2.5
    if (prev === '第') continue; // an ordinal (第3个月) is no duration
    const prefix = /(¥|￥|RMB|CNY)\s?$/i.exec(scan.slice(Math.max(0, span[0] - 4), span[0]));
    if (prefix && m[1] !== undefined) {
      out.push({ type: 'money', span: [span[0] - prefix[0].length, span[1]], cny: value });
      continue;
    }
    const rest = scan.slice(span[1], span[1] + 12);
    for (const rule of unitRules(scan, span[0])) {
      const u = rule.re.exec(rest);
      if (!u) continue;
      const q = rule.build(value, [span[0], span[1] + u[0].length], u[1] ?? '');
      if (q && !(m[3] !== undefined && q.type !== 'months')) out.push(q);
      break;
    }
  }
  return out;
}
