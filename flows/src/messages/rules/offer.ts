/** OFFER-001…010: claims that contradict the offer, a missing activation keyword, undisclosed conditions. */
import { finding, type TFinding } from '../finding.ts';
import type { TCondition } from '../offer.ts';
import type { TRuleContext } from './context.ts';

const GIFTED_BALANCE = /(赠送|加送|送您|赠您|免费送|(?<!发|传|递|运)送(?!达)|赠)(?:您)?(?:话费|余额)/;

/** "送话费" without an amount, in a text that never says 冻结, for an offer whose balance part is a freeze. */
function giftedBalance(text: string, offer: TRuleContext['offer']): [number, number] | null {
  if (!offer.balance_freeze || /冻结/.test(text)) return null;
  const m = GIFTED_BALANCE.exec(text);
  return m ? [m.index, m.index + m[0].length] : null;
}

export function checkClaims({ text, offer, profile, claims }: TRuleContext): TFinding[] {
  const out: TFinding[] = [];
  for (const c of claims) {
    if (c.status === 'match' || !c.rule) continue;
    // Invented benefits are a marketing concern; a notification's amounts are account facts, not offer terms.
    if (c.rule === 'OFFER-009' && offer.campaign.message_type === 'notification') continue;
    out.push(finding(c.rule, profile, {
      span: c.span, expected: c.expected, found: c.found,
      message: c.message ?? `"${c.text}" does not match the offer`, hint: c.hint ?? 'state the offer term as written in the offer',
    }));
  }
  const gift = giftedBalance(text, offer);
  if (gift && !out.some((f) => f.rule === 'OFFER-005' && f.message.includes('gift'))) {
    out.push(finding('OFFER-005', profile, {
      span: gift, found: text.slice(gift[0], gift[1]), expected: '冻结 (a balance freeze)',
      message: `the frozen balance is described as a gift ("${text.slice(gift[0], gift[1])}"); the offer freezes it (冻结)`,
      hint: 'describe the balance part with 冻结 … 逐月解冻, never 送/赠',
    }));
  }
  // A freeze described as a gift is one defect however many of its amounts the gift wording touches.
  const seen = new Set<string>();
  return out.filter((f) => {
    if (f.rule !== 'OFFER-005' || !f.message.includes('gift')) return true;
    if (seen.has('gift')) return false;
    seen.add('gift');
    return true;
  });
}

export function checkActivation({ offer, profile, analysis }: TRuleContext): TFinding[] {
  const a = offer.activation;
  if (a.method !== 'sms_reply' || a.keyword.trim() === '' || offer.offer_type === 'notification') return [];
  if (analysis.markup.replies.length > 0) return [];
  return [finding('OFFER-006', profile, {
    expected: `回复${a.keyword}`, found: 'no reply instruction',
    message: `the text gives no activation instruction; the offer is activated by replying "${a.keyword}"`,
    hint: `add 回复${a.keyword}办理`,
  })];
}

const NO_CARRY_OVER = /不(可|能|予)?(结转|转结|累计|顺延|延续)|当月有效|过期作废|到期(未用完)?(自动)?(失效|清零|作废)|no carry[- ]?over|does not roll over/i;
const COMMITMENT = /(在网|承诺|合约|协议期|约定|contract|commit)/i;

function bigrams(s: string): Set<string> {
  const clean = s.replace(/[\s\p{P}\p{S}]/gu, '');
  const out = new Set<string>();
  for (let i = 0; i + 1 < clean.length; i++) out.add(clean.slice(i, i + 2));
  return out;
}

/** A condition counts as stated when its label appears, its kind's wording appears, or most of its label does. */
function isDisclosed(cond: TCondition, text: string): boolean {
  const flat = text.replace(/[\s\p{P}]/gu, '');
  const label = cond.label.replace(/[\s\p{P}]/gu, '');
  if (label !== '' && flat.includes(label)) return true;
  if (cond.kind === 'no_carry_over' && NO_CARRY_OVER.test(text)) return true;
  if (cond.kind === 'commitment' && COMMITMENT.test(text)) return true;
  const want = bigrams(cond.label);
  if (want.size === 0) return true;
  const have = bigrams(text);
  let hit = 0;
  for (const b of want) if (have.has(b)) hit++;
  return hit / want.size >= 0.7;
}

export function checkDisclosures({ text, offer, profile }: TRuleContext): TFinding[] {
  return offer.conditions.flatMap((cond, i) => (cond.must_disclose && !isDisclosed(cond, text)
    ? [finding('OFFER-008', profile, {
      expected: cond.label, found: 'not stated',
      message: `the condition "${cond.label}" (conditions[${i}]) must be disclosed but the text does not state it`,
      hint: `add "${cond.label}"`,
    })]
    : []));
}
