/** Signature (SIG-001/002), opt-out (UNSUB-001/002) and message type (TYPE-001). */
import { finding, type TFinding } from '../finding.ts';
import { findWords } from '../text/scan.ts';
import type { TRuleContext } from './context.ts';

export function checkSignature({ text, offer, profile, analysis }: TRuleContext): TFinding[] {
  const expected = offer.campaign.signature;
  const sig = analysis.markup.signature;
  const [open, close] = profile.signatureBrackets[0] ?? ['【', '】'];
  const wanted = `${open}${expected}${close}`;
  if (!sig || sig.name.trim() !== expected.trim()) {
    const span: [number, number] = sig ? sig.span : [0, Math.min(text.length, Math.max(1, wanted.length))];
    return [finding('SIG-001', profile, {
      span, expected: wanted, found: sig ? text.slice(sig.span[0], sig.span[1]) : text.slice(0, wanted.length),
      message: sig ? `the text starts with the signature "${sig.name}", not the campaign's "${expected}"` : `the text does not start with the signature ${wanted}`,
      hint: `start the text with ${wanted}`,
    })];
  }
  return analysis.markup.otherBrackets.map((b) => finding('SIG-002', profile, {
    span: b.span, found: text.slice(b.span[0], b.span[1]),
    message: `another bracketed name "${text.slice(b.span[0], b.span[1])}" appears after the signature`,
    hint: 'keep only the leading signature in 【】; rephrase the other one without brackets',
  }));
}

function normaliseWording(s: string): string {
  return s.replace(/[\s，。！？、,.!?;；:："“”'‘’]/g, '').toUpperCase();
}

export function checkOptOut({ text, offer, profile, analysis }: TRuleContext): TFinding[] {
  if (offer.campaign.message_type !== 'marketing') return [];
  const required = offer.campaign.unsubscribe_text.trim() || profile.optOut.requiredWording;
  const optOuts = analysis.markup.optOuts;
  if (optOuts.length === 0) {
    return [finding('UNSUB-001', profile, {
      expected: required, message: 'the marketing message carries no opt-out instruction',
      hint: `end the text with "${required}"`,
    })];
  }
  const last = optOuts[optOuts.length - 1];
  if (!last) return [];
  // A misplaced signature after the opt-out is the signature's defect (SIG-001), not the opt-out's.
  const tail = text.slice(last.span[1]).replace(/【[^】]{0,40}】/g, '');
  const atEnd = /^[\s。.！!]*$/.test(tail);
  const sameWording = normaliseWording(last.phrase) === normaliseWording(required);
  if (atEnd && sameWording) return [];
  return [finding('UNSUB-002', profile, {
    span: last.span, expected: required, found: last.phrase,
    message: sameWording ? `the opt-out "${last.phrase}" is not at the end of the text`
      : `the opt-out "${last.phrase}" differs from the channel's wording "${required}"${atEnd ? '' : ' and is not at the end'}`,
    hint: `end the text with exactly "${required}"`,
  })];
}

const GIFT_BEFORE = /((?<!发|传|递|运)送(?!达)|赠|领取|可享|享受|立减|优惠)[^，。！？；,.!?;]{0,8}$/;

/** The first benefit or discount offered in the text: an amount right after 送 / 赠 / 领取 / 立减 … */
function firstOfferedAmount(ctx: TRuleContext): [number, number] | undefined {
  const { analysis } = ctx;
  const q = analysis.quantities.find((x) => (x.type === 'data' || x.type === 'voice' || x.type === 'money')
    && GIFT_BEFORE.test(analysis.scan.slice(Math.max(0, x.span[0] - 12), x.span[0])));
  return q?.span;
}

/** Promotion wording in a notification; amounts alone are account facts (剩余流量2GB), not promotions. */
export function checkMessageType(ctx: TRuleContext): TFinding[] {
  const { text, offer, profile, analysis } = ctx;
  if (offer.campaign.message_type !== 'notification') return [];
  const first = findWords(analysis.scan, profile.words.promotion)[0]?.span ?? firstOfferedAmount(ctx);
  if (!first) return [];
  return [finding('TYPE-001', profile, {
    span: first, found: text.slice(first[0], first[1]),
    message: `the notification carries a promotion ("${text.slice(first[0], first[1])}")`,
    hint: 'send promotions as marketing messages (with an opt-out); keep notifications factual',
  })];
}
