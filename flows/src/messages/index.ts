/** Automated message validation (spec/message-rules.md): offer schema, channel profiles, claims, rule engine. */
export { checkMessage, type TCheckInput, type TCheckReport } from './check.ts';
export { checkWithoutOffer, neutralOffer, OFFERLESS_RULES, type TOfferlessInput } from './offerless.ts';
export { extractClaims } from './match/claims.ts';
export type { TClaim } from './match/types.ts';
export { countSegments, type TSegmentCount } from './text/segments.ts';
export {
  ZOffer, ZBenefit, ZFeeChange, ZCondition, ZCampaign, ZBalanceFreeze, ZChannel, ZScope, parseOffer,
  type TOffer, type TBenefit, type TFeeChange, type TCondition, type TCampaign, type TChannel, type TScope,
} from './offer.ts';
export { ZMessageCase, parseMessageCase, type TMessageCase } from './case.ts';
export { MessageInputError, type TInputIssue } from './errors.ts';
export { ZFinding, type TFinding, type TSpan } from './finding.ts';
export { approvalGate, isApprovingOutcome, type TApprovalGate, type TGateAck } from './approval.ts';
export { ZChannelProfile, type TChannelProfile } from './profiles/schema.ts';
export { DEFAULT_PROFILES, profileFor } from './profiles/defaults.ts';
export { RULE_SET_VERSION, RULE_SEVERITY, RULE_IDS, type TRuleId, type TSeverity } from './rules/catalog.ts';
export { renderPreview } from './rules/template.ts';
export type { TPreviewBindings } from './rules/context.ts';
