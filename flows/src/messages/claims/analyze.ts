/**
 * Reads a message once: markup (signature, placeholders, URLs, opt-outs, keywords, contact details), then dates,
 * then — with all of those and the numeral idioms blanked out — the quantities with their context. Every rule reads
 * this analysis; nothing here knows the offer.
 */
import type { TSpan } from '../finding.ts';
import type { TChannelProfile } from '../profiles/schema.ts';
import { splitClauses, type TClauses } from '../text/clauses.ts';
import { blank, findWords, foldWidth } from '../text/scan.ts';
import {
  basisOf, isVoiceContext, moneyRoleOf, topicOf, type TBasisClaim, type TMoneyRole, type TTopic,
} from './context.ts';
import { findDates, type TDateMention } from './dates.ts';
import {
  findOptOuts, findPii, findPlaceholders, findReplies, findSignatures, findUrls, type TMarkup,
} from './markup.ts';
import { findFreeTerms, findScopes, findStarts, type TFreeMention, type TScopeMention, type TStartMention } from './mentions.ts';
import { findQuantities, type TQuantity } from './quantities.ts';

/** A quantity with what its context says about it. */
export type TReadQuantity = TQuantity & { basis: TBasisClaim; role: TMoneyRole; topic: TTopic | null };

export type TAnalysis = {
  text: string;
  /** Width-folded copy of the text (same length, same indices). */
  scan: string;
  clauses: TClauses;
  markup: TMarkup;
  dates: TDateMention[];
  quantities: TReadQuantity[];
  scopes: TScopeMention[];
  starts: TStartMention[];
  free: TFreeMention[];
};

const TENURE_BEFORE = /(已[^，。！？,.!?\d需]{0,3}|近|过去|最近|网龄|陪伴了?|相伴)\s*$/;
const TENURE_AFTER = /^\s*(来|以来|的陪伴|的支持|的信任|的相伴)/;

/** 您已在网5年, 近3个月, 3年来的陪伴: the customer's history, not a term of the offer. */
function isTenure(scan: string, span: [number, number]): boolean {
  return TENURE_BEFORE.test(scan.slice(Math.max(0, span[0] - 4), span[0])) || TENURE_AFTER.test(scan.slice(span[1], span[1] + 4));
}

export function analyzeText(text: string, profile: TChannelProfile): TAnalysis {
  const scan = foldWidth(text);
  const clauses = splitClauses(scan);
  const { signature, otherBrackets } = findSignatures(text, profile);
  const placeholders = findPlaceholders(scan);
  const urls = findUrls(scan);
  const optOuts = findOptOuts(scan, profile);
  const replies = findReplies(scan, [...optOuts.map((o) => o.span), ...urls.map((u) => u.span)]);
  const pii = findPii(blank(scan, urls.map((u) => u.span)));
  const markup: TMarkup = { signature, otherBrackets, placeholders, urls, optOuts, replies, pii };

  const reserved: TSpan[] = [
    ...(signature ? [signature.span] : []), ...otherBrackets.map((b) => b.span), ...placeholders.map((p) => p.span),
    ...urls.map((u) => u.span), ...optOuts.map((o) => o.span), ...replies.map((r) => r.span), ...pii.map((p) => p.span),
  ];
  const withoutMarkup = blank(scan, reserved);
  const { dates, noise } = findDates(withoutMarkup);
  const idioms = findWords(withoutMarkup, profile.words.numeralIdioms).map((w) => w.span);
  const numeric = blank(withoutMarkup, [...dates.map((d) => d.span), ...noise.map((n) => n.span), ...idioms]);

  const quantities: TReadQuantity[] = [];
  for (const q of findQuantities(numeric)) {
    if (q.type === 'voice' && !isVoiceContext(scan, clauses, q.span)) continue;
    if ((q.type === 'months' || q.type === 'days') && isTenure(scan, q.span)) continue;
    quantities.push({
      ...q,
      basis: q.type === 'data' || q.type === 'voice' ? basisOf(withoutMarkup, clauses, q.span) : null,
      role: q.type === 'money' ? moneyRoleOf(withoutMarkup, clauses, q.span) : 'unknown',
      topic: q.type === 'months' || q.type === 'days' ? topicOf(withoutMarkup, clauses, q.span) : null,
    });
  }
  return {
    text, scan, clauses, markup, dates, quantities,
    scopes: findScopes(withoutMarkup), starts: findStarts(withoutMarkup), free: findFreeTerms(withoutMarkup, clauses),
  };
}
