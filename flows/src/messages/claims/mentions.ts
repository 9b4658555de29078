/** Word-level claims: scope qualifiers, relative start dates, free / half-price terms. */
import type { TSpan } from '../finding.ts';
import type { TScope } from '../offer.ts';
import { clauseIndexAt, type TClauses } from '../text/clauses.ts';
import { matchAll } from '../text/scan.ts';

export type TScopeMention = { span: TSpan; scope: TScope; target: 'data' | 'voice'; word: string };
export type TStartMention = { span: TSpan; when: 'next_month' | 'immediate' };
export type TFreeMention = { span: TSpan; word: string; onFee: boolean; intro: boolean };

const SCOPE_RE = /(国内通用|全国通用|省内通用|国内|全国|省内|本省|本地|定向|夜间|闲时)(?:通用)?(流量|数据|上网|通话|语音|分钟)/;
const SCOPE_OF: Record<string, TScope> = {
  国内通用: 'national_general', 全国通用: 'national_general', 国内: 'national_general', 全国: 'national_general',
  省内通用: 'provincial', 省内: 'provincial', 本省: 'provincial', 本地: 'provincial',
  定向: 'targeted', 夜间: 'night', 闲时: 'night',
};

export function findScopes(scan: string): TScopeMention[] {
  const out: TScopeMention[] = [];
  for (const { span, m } of matchAll(SCOPE_RE, scan)) {
    const word = m[1] ?? '';
    const scope = SCOPE_OF[word];
    if (!scope) continue;
    const target = /通话|语音|分钟/.test(m[2] ?? '') ? 'voice' : 'data';
    out.push({ span: [span[0], span[0] + word.length], scope, target, word });
  }
  return out;
}

const NEXT_MONTH_RE = /(?:从|自)?(?:下月|次月|下个月|下一个月|次一个月)(?:1日|1号|一日|一号)?(?:起|开始|生效|到账|发放)|from next month|starting next month/i;
// 即日起 opens the activity period (即日起回复KT…, 即日起至…) and is no start claim, unless a term of the offer follows
// it directly (即日起每月解冻10元, 即日起赠送…): then it says when that term starts.
const IMMEDIATE_RE = /(?:立即|即时|马上|实时)(?:生效|到账)|(?:当月|本月)(?:起|生效|到账)|即日起(?=\s*(?:每月|每个月|按月|逐月|解冻|返还|赠送|加送|送|享|生效|到账))|effective immediately/i;

export function findStarts(scan: string): TStartMention[] {
  const out: TStartMention[] = [];
  for (const { span } of matchAll(NEXT_MONTH_RE, scan)) out.push({ span, when: 'next_month' });
  for (const { span } of matchAll(IMMEDIATE_RE, scan)) out.push({ span, when: 'immediate' });
  return out.sort((a, b) => a.span[0] - b.span[0]);
}

const FREE_RE = /免费|全免|半价|free of charge|for free|half price/i;
const ON_FEE = /(月费|月租|套餐费|功能费|资费|免月|monthly fee)/i;
const INTRO = /(首月|首\d+个?月|前\d+个月|前[一二两三四五六]个月|first month)/i;

/** 免费 / 全免 / 半价; `onFee` when the same clause names a fee within a few characters (月费全免, 免月费). */
export function findFreeTerms(scan: string, clauses: TClauses): TFreeMention[] {
  return matchAll(FREE_RE, scan).map(({ span, m }) => {
    const clause = clauses.clauses[clauseIndexAt(clauses, span[0])] ?? { start: 0, end: scan.length };
    const around = scan.slice(Math.max(clause.start, span[0] - 4), Math.min(clause.end, span[1] + 4));
    const clauseText = scan.slice(clause.start, clause.end);
    return { span, word: m[0], onFee: ON_FEE.test(around), intro: INTRO.test(clauseText) };
  });
}
