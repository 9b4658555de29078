/**
 * Runs the rule engine in the browser. With an offer: every rule and the claims matched to offer fields. Without
 * one (a `validate` node whose offer is an expression resolved only at run time, a plain `notify`) the
 * offer-independent rules still help the author (checkWithoutOffer); offer comparisons are left out, not guessed.
 */
import {
  checkMessage, checkWithoutOffer, countSegments, extractClaims, profileFor,
  type TChannel, type TChannelProfile, type TClaim, type TFinding, type TOffer, type TPreviewBindings, type TSegmentCount,
} from '@switchboard/flows';

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

export function runCheck(req: TCheckRequest): TCheckResult {
  const channel = req.offer?.campaign.channel ?? req.channel ?? 'cn_sms_marketing';
  const profile = req.profile ?? profileFor(channel);
  const segments = countSegments(req.text, profile);
  const base = {
    segments, maxSegments: req.offer?.campaign.max_segments ?? profile.defaultMaxSegments, profile: { id: profile.id, version: profile.version },
    offerless: req.offer === null,
  };
  try {
    const common = { text: req.text, profile, now: req.now, previewBindings: req.previewBindings };
    const report = req.offer ? checkMessage({ ...common, offer: req.offer }) : checkWithoutOffer({ ...common, channel });
    const claims = req.offer ? extractClaims(req.text, req.offer) : [];
    return { ...base, findings: report.findings, claims, ruleSetVersion: report.ruleSetVersion };
  } catch (error) {
    return { ...base, findings: [], claims: [], ruleSetVersion: '', failure: error instanceof Error ? error.message : String(error) };
  }
}
