/**
 * Reading a quantity in its context: the basis word it carries (每月 / 一次性 / 共), the role of a money amount
 * (freeze, release, gift, fee …) and the item a duration belongs to (its clause, else the clause before or after).
 */
import type { TSpan } from '../finding.ts';
import { clauseIndexAt, type TClauses } from '../text/clauses.ts';

export type TBasisClaim = 'per_month' | 'one_time' | 'total' | null;
export type TMoneyRole = 'freeze' | 'release' | 'gift' | 'fee_discount' | 'intro_price' | 'monthly_fee' | 'other' | 'unknown';
export type TTopic = 'commitment' | 'freeze' | 'validity' | 'fee' | 'voice' | 'data';

const PER_MONTH_BEFORE = /(每月|每个月|月享|月送|月赠|按月|包月|月均|per month|each month|every month|monthly)/i;
const PER_MONTH_AFTER = /^\s*(\/\s*月|\/\s*mo|每月|每个月)|^[A-Za-z ]{0,16}?(per month|a month|each month|every month|\/month|monthly)/i;
const ONE_TIME = /(一次性|一次到账|一次发放|one[- ]time|once)/i;
// A gift verb may sit between the total word and the amount (累计赠送120GB, 共送30GB).
const TOTAL_BEFORE = /(共|总计|合计|总共|累计|共计|in total|total of|total)\s*(?:赠送|加送|加赠|送|赠|可得|获得|领取|发放)?\s*$/i;

/** Text of the clause before `span` (from the clause start) and after it (to the clause end). */
export function clauseContext(scan: string, clauses: TClauses, span: TSpan): { before: string; after: string; index: number } {
  const index = clauseIndexAt(clauses, span[0]);
  const clause = clauses.clauses[index] ?? { start: 0, end: scan.length };
  return { before: scan.slice(clause.start, span[0]), after: scan.slice(span[1], clause.end), index };
}

function clauseText(scan: string, clauses: TClauses, index: number): string {
  const c = clauses.clauses[index];
  return c ? scan.slice(c.start, c.end) : '';
}

function sameSentence(clauses: TClauses, a: number, b: number): boolean {
  const ca = clauses.clauses[a];
  const cb = clauses.clauses[b];
  return ca !== undefined && cb !== undefined && ca.sentence === cb.sentence;
}

const PREVIOUS_AMOUNT = /(\d|元|GB|MB|分钟|个月|天)/g;

export function basisOf(scan: string, clauses: TClauses, span: TSpan): TBasisClaim {
  const context = clauseContext(scan, clauses, span);
  const { after, index } = context;
  // A basis word belongs to the next amount only: 每月解冻15元同时赠送180分钟 says nothing about the minutes.
  const cut = Math.max(-1, ...[...context.before.matchAll(PREVIOUS_AMOUNT)].map((m) => m.index + m[0].length));
  const before = cut > 0 ? context.before.slice(cut) : context.before;
  if (TOTAL_BEFORE.test(before.slice(-6))) return 'total';
  if (PER_MONTH_AFTER.test(after)) return 'per_month';
  const pm = before.search(PER_MONTH_BEFORE);
  const ot = before.search(ONE_TIME);
  if (pm !== -1 || ot !== -1) return pm > ot ? 'per_month' : 'one_time';
  if (ONE_TIME.test(after)) return 'one_time';
  const next = clauseText(scan, clauses, index + 1);
  if (sameSentence(clauses, index, index + 1) && /^\s*(一次性|one[- ]time)/i.test(next)) return 'one_time';
  return null;
}

const ROLE_WORDS: Array<[TMoneyRole, RegExp]> = [
  ['release', /(解冻|返还|返到|返至|逐月返|释放|分月返)/g],
  ['freeze', /((?<!解)冻结)/g],
  ['fee_discount', /(立减|减免|优惠|直降|少交|立省|省钱|减|折后|抵扣)/g],
  ['intro_price', /(首月|体验价|尝鲜价|新装|前\d+个月)/g],
  ['monthly_fee', /(月费|月租|套餐费|资费|功能费|仅需|只需|月付|每月仅|低至)/g],
  ['gift', /((?<!发|传|递|运)送(?!达)|赠|奖励|红包|返现|返)/g],
  ['other', /(满|充值|充|消费|超过|达到|余额|欠费|账单|缴费|已用|已使用|剩余|不足|价值|原价)/g],
];

/** The nearest role word before the amount in its clause; the clause before decides when this one is silent. */
export function moneyRoleOf(scan: string, clauses: TClauses, span: TSpan): TMoneyRole {
  const { before, after, index } = clauseContext(scan, clauses, span);
  const own = nearestRole(before);
  if (own) return own;
  if (/^\s*(\/\s*月|每月)/.test(after) && /冻结|解冻/.test(before)) return 'release';
  const prevIndex = index - 1;
  if (prevIndex >= 0 && sameSentence(clauses, index, prevIndex)) {
    const prev = nearestRole(clauseText(scan, clauses, prevIndex));
    if (prev === 'release' || prev === 'freeze') return 'release';
    if (prev === 'fee_discount' || prev === 'monthly_fee' || prev === 'intro_price') return prev;
  }
  return 'unknown';
}

function nearestRole(before: string): TMoneyRole | null {
  let best: { role: TMoneyRole; at: number } | null = null;
  for (const [role, re] of ROLE_WORDS) {
    for (const m of before.matchAll(re)) {
      const at = m.index + m[0].length;
      if (!best || at > best.at) best = { role, at };
    }
  }
  return best?.role ?? null;
}

const TOPIC_WORDS: Array<[TTopic, RegExp]> = [
  ['commitment', /(在网|承诺|合约|协议期|约定期|保底|commitment|contract)/gi],
  ['freeze', /(冻结|解冻|返还|返到|返至|逐月返|分月返|释放)/g],
  // "for 7 days" / 可用15天 state how long a pack lasts just as 有效 does.
  ['validity', /(有效|内使用|过期|可用(?=\s*[\d一二两三四五六七八九十]+\s*天)|valid|\bfor(?=\s+\d+\s*-?\s*days?\b))/gi],
  ['fee', /(月费|月租|立减|减免|优惠期|优惠|套餐费|资费|功能费|直降|折扣|discount|fee)/gi],
  ['voice', /(通话|语音|话音|分钟|voice|minutes?)/gi],
  ['data', /(流量|GB|MB|上网|数据|data)/gi],
];

/** Topic words of a piece of text with their positions (relative to `offset`). */
function topicsIn(text: string, offset: number): Array<{ topic: TTopic; at: number }> {
  const out: Array<{ topic: TTopic; at: number }> = [];
  for (const [topic, re] of TOPIC_WORDS) {
    for (const m of text.matchAll(re)) out.push({ topic, at: offset + m.index });
  }
  return out;
}

/**
 * The item a duration (or a start such as 下月起) talks about: the nearest topic word in its own clause, else the
 * last topic of the clause before (月费立减35元，连续18个月), else the first of the clause after (连续3个月，每月送…).
 */
export function topicOf(scan: string, clauses: TClauses, span: TSpan): TTopic | null {
  const { index } = clauseContext(scan, clauses, span);
  const own = clauses.clauses[index];
  if (own) {
    const hits = topicsIn(scan.slice(own.start, own.end), own.start).filter((h) => h.at < span[0] || h.at >= span[1]);
    if (hits.length > 0) {
      const mid = (span[0] + span[1]) / 2;
      hits.sort((a, b) => Math.abs(a.at - mid) - Math.abs(b.at - mid));
      return hits[0]?.topic ?? null;
    }
  }
  for (const neighbour of [index - 1, index + 1]) {
    const c = clauses.clauses[neighbour];
    if (!c || !sameSentence(clauses, index, neighbour)) continue;
    const hits = topicsIn(scan.slice(c.start, c.end), c.start);
    if (hits.length === 0) continue;
    hits.sort((a, b) => a.at - b.at);
    return (neighbour < index ? hits[hits.length - 1] : hits[0])?.topic ?? null;
  }
  return null;
}

const VOICE_CONTEXT = /(通话|语音|话音|拨打|主叫|呼叫|voice|call)/i;

/** Minutes are voice only when the clause (or one next to it) talks about calls: 一分钟办理 is not a benefit. */
export function isVoiceContext(scan: string, clauses: TClauses, span: TSpan): boolean {
  const { index } = clauseContext(scan, clauses, span);
  for (const i of [index, index - 1, index + 1]) {
    if (i < 0 || !sameSentence(clauses, index, i)) continue;
    if (VOICE_CONTEXT.test(clauseText(scan, clauses, i))) return true;
  }
  return false;
}
