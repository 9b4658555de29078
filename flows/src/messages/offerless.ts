/**
 * The check for a text that has no offer to be compared with: a plain notification (`notify` with `validate:
 * true`), or a draft whose offer is only computed when the flow runs. The rules that need no offer — signature
 * presence, opt-out, length, encoding, characters, templates, wording, personal data — run against a neutral
 * campaign built from the channel profile's defaults; offer comparisons are left out rather than guessed.
 */
import { checkMessage, type TCheckReport } from './check.ts';
import type { TChannel, TOffer } from './offer.ts';
import { profileFor } from './profiles/defaults.ts';
import type { TChannelProfile } from './profiles/schema.ts';
import type { TPreviewBindings } from './rules/context.ts';

/** Rules whose verdict does not depend on the offer or the campaign's own settings. */
export const OFFERLESS_RULES: ReadonlySet<string> = new Set([
  'SIG-001', 'UNSUB-001', 'UNSUB-002', 'LEN-001', 'LEN-002', 'ENC-001', 'CHAR-001', 'TPL-001', 'TPL-002',
  'CONT-001', 'CONT-002', 'CONT-003', 'CONT-004', 'PII-001',
]);

export type TOfferlessInput = {
  text: string;
  channel: TChannel;
  profile?: TChannelProfile | undefined;
  now?: string | undefined;
  previewBindings?: TPreviewBindings | undefined;
};

/** A campaign that asks nothing of the text beyond the profile's defaults, and an offer with no terms. */
export function neutralOffer(profile: TChannelProfile, channel: TChannel, signature = '-'): TOffer {
  return {
    offer_id: 'none', offer_name: '', offer_type: 'notification',
    activation: { method: 'none', keyword: '', deadline: '2099-12-31' },
    balance_freeze: null, benefits: [], fee_changes: [], conditions: [],
    campaign: {
      channel, message_type: channel === 'cn_sms_marketing' ? 'marketing' : 'notification', signature,
      unsubscribe_text: '', send_window: { ...profile.defaultWindow }, max_segments: profile.defaultMaxSegments,
      url_allowlist: [], send_at: '2099-01-01T12:00:00Z', audience_size: 0, throughput_per_sec: 1,
    },
  };
}

/** With no campaign to name the sender, the text's own leading signature is taken as intended (SIG-002 needs one). */
function leadingSignature(text: string, profile: TChannelProfile): string | undefined {
  const body = text.trimStart();
  for (const [open, close] of profile.signatureBrackets) {
    if (!body.startsWith(open)) continue;
    const end = body.indexOf(close, open.length);
    if (end > open.length) return body.slice(open.length, end);
  }
  return undefined;
}

export function checkWithoutOffer(input: TOfferlessInput): TCheckReport {
  const profile = input.profile ?? profileFor(input.channel);
  const report = checkMessage({
    text: input.text, offer: neutralOffer(profile, input.channel, leadingSignature(input.text, profile)), profile,
    ...(input.now === undefined ? {} : { now: input.now }),
    ...(input.previewBindings === undefined ? {} : { previewBindings: input.previewBindings }),
  });
  return { ...report, findings: report.findings.filter((f) => OFFERLESS_RULES.has(f.rule)) };
}
