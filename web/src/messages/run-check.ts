/**
 * Runs the rule engine in the browser. With an offer: every rule and the claims matched to offer fields. Without
 * one (a `validate` node whose offer is an expression resolved only at run time) the offer-independent rules still
 * help the author — format, length, encoding, template and content — against a neutral campaign built from the
 * channel profile's defaults; offer comparisons are left out rather than guessed.
 */
import {
  checkMessage, countSegments, extractClaims, profileFor,
  type TChannel, type TChannelProfile, type TClaim, type TFinding, type TOffer, type TPreviewBindings, type TSegmentCount,
} from '@switchboard/flows';

export const OFFERLESS_RULES: ReadonlySet<string> = new Set([
  'SIG-001', 'UNSUB-001', 'UNSUB-002', 'LEN-001', 'LEN-002', 'ENC-001', 'CHAR-001', 'TPL-001', 'TPL-002',
  'CONT-001', 'CONT-002', 'CONT-003', 'CONT-004', 'PII-001',
]);

export type TCheckRequest = {
  text: string;
  offer: TOffer | null;
  channel?: TChannel | undefined;
  profile?: TChannelProfile | undefined;
  now?: string | undefined;
  previewBindings?: TPreviewBindings | undefined;
};

export type TCheckResult = {
  findings: TFinding[];
  claims: TClaim[];
  segments: TSegmentCount;
  maxSegments: number;
  profile: { id: string; version: string };
  ruleSetVersion: string;
  offerless: boolean;
  /** Set when the engine threw (it should not): shown instead of findings, never a blank pane. */
  failure?: string;
};

function neutralOffer(profile: TChannelProfile, channel: TChannel): TOffer {
  return {
    offer_id: 'draft', offer_name: '', offer_type: 'notification',
    activation: { method: 'none', keyword: '', deadline: '2099-12-31' },
    balance_freeze: null, benefits: [], fee_changes: [], conditions: [],
    campaign: {
      channel, message_type: channel === 'cn_sms_marketing' ? 'marketing' : 'notification', signature: '-',
      unsubscribe_text: '', send_window: { ...profile.defaultWindow }, max_segments: profile.defaultMaxSegments,
      url_allowlist: [], send_at: '2099-01-01T12:00:00Z', audience_size: 0, throughput_per_sec: 1,
    },
  };
}

export function runCheck(req: TCheckRequest): TCheckResult {
  const channel = req.offer?.campaign.channel ?? req.channel ?? 'cn_sms_marketing';
  const profile = req.profile ?? profileFor(channel);
  const offer = req.offer ?? neutralOffer(profile, channel);
  const segments = countSegments(req.text, profile);
  const base = {
    segments, maxSegments: offer.campaign.max_segments, profile: { id: profile.id, version: profile.version },
    offerless: req.offer === null,
  };
  try {
    const report = checkMessage({
      text: req.text, offer, profile, now: req.now, ...(req.previewBindings ? { previewBindings: req.previewBindings } : {}),
    });
    const findings = req.offer ? report.findings : report.findings.filter((f) => OFFERLESS_RULES.has(f.rule));
    const claims = req.offer ? extractClaims(req.text, req.offer) : [];
    return { ...base, findings, claims, ruleSetVersion: report.ruleSetVersion };
  } catch (error) {
    return { ...base, findings: [], claims: [], ruleSetVersion: '', failure: error instanceof Error ? error.message : String(error) };
  }
}
