/**
 * The demo billing system's dry run of an offer activation on a test account: what the account would hold month
 * by month. It applies billing's own rules (a freeze never releases more than was frozen, MB bundles round down
 * to whole MB, an expired deadline refuses activation), so an offer whose numbers do not add up shows a difference.
 */
import type { TOffer } from '@switchboard/flows/messages/index';

export type TTestAccount = {
  frozenCny: number;
  /** Released back to the balance in month 1, 2, … */
  releasesCny: number[];
  /** Extra allowance granted in month 1, 2, … in MB (data) and minutes (voice). */
  dataMb: number[];
  voiceMin: number[];
};

type TDryRun = { ok: true; account: TTestAccount; summary: string } | { ok: false; reason: string };

export function dryRunActivation(offer: TOffer, now: Date): TDryRun {
  const deadline = new Date(`${offer.activation.deadline}T23:59:59+08:00`);
  if (now.getTime() > deadline.getTime()) return { ok: false, reason: `开通已截止 activation deadline ${offer.activation.deadline} has passed` };
  if (offer.activation.method === 'sms_reply' && offer.activation.keyword.trim() === '') return { ok: false, reason: '缺少开通指令 no activation keyword for an SMS reply' };
  const account: TTestAccount = { frozenCny: 0, releasesCny: [], dataMb: [], voiceMin: [] };
  const freeze = offer.balance_freeze;
  if (freeze) {
    account.frozenCny = freeze.freeze_amount_cny;
    let left = freeze.freeze_amount_cny;
    for (let m = 0; m < freeze.release_months; m++) {
      const release = Math.min(freeze.release_per_month_cny, left);
      account.releasesCny.push(release);
      left -= release;
    }
  }
  for (const b of offer.benefits) {
    const months = b.basis === 'per_month' ? (b.months ?? 1) : 1;
    const target = b.kind === 'voice' ? account.voiceMin : account.dataMb;
    const perMonth = b.unit === 'GB' ? b.amount * 1024 : Math.floor(b.amount);
    for (let m = 0; m < months; m++) target[m] = (target[m] ?? 0) + perMonth;
  }
  const total = (xs: number[]) => xs.reduce((s, x) => s + x, 0);
  const summary = `测试账户 test account: 冻结 ${account.frozenCny} 元, 返还 ${total(account.releasesCny)} 元/${account.releasesCny.length} 月, 流量 ${total(account.dataMb) / 1024} GB, 语音 ${total(account.voiceMin)} 分钟`;
  return { ok: true, account, summary };
}

/** What the offer promises against what billing provisioned; each difference is one readable line. */
export function compareWithOffer(offer: TOffer, account: TTestAccount): string[] {
  const out: string[] = [];
  const freeze = offer.balance_freeze;
  if (freeze) {
    const promised = freeze.release_per_month_cny * freeze.release_months;
    const released = account.releasesCny.reduce((s, x) => s + x, 0);
    if (released !== freeze.freeze_amount_cny) out.push(`冻结 ${freeze.freeze_amount_cny} 元只返还 ${released} 元 (offer promises ${promised})`);
    if (promised !== released) out.push(`每月返还 ${freeze.release_per_month_cny} 元 × ${freeze.release_months} 月 = ${promised} 元, billing releases ${released} 元`);
  }
  const promisedMb = offer.benefits.filter((b) => b.kind !== 'voice').reduce((s, b) => s + (b.unit === 'GB' ? b.amount * 1024 : b.amount) * (b.basis === 'per_month' ? (b.months ?? 1) : 1), 0);
  const grantedMb = account.dataMb.reduce((s, x) => s + x, 0);
  if (Math.abs(promisedMb - grantedMb) >= 1) out.push(`流量 offer ${promisedMb} MB, provisioned ${grantedMb} MB`);
  return out;
}
