import type { TAnalysis } from '../claims/analyze.ts';
import type { TFinding } from '../finding.ts';
import type { TClaim } from '../match/types.ts';
import type { TOffer } from '../offer.ts';
import type { TChannelProfile } from '../profiles/schema.ts';

/** Preview-recipient variables: one map of template variables per sample recipient. */
export type TPreviewBindings = ReadonlyArray<Readonly<Record<string, unknown>>>;

/** Everything a rule family reads; rules are pure functions of it. */
export type TRuleContext = {
  text: string;
  offer: TOffer;
  profile: TChannelProfile;
  analysis: TAnalysis;
  claims: TClaim[];
  previewBindings: TPreviewBindings | undefined;
  /** The texts whose length is billed: the text itself, or each preview rendering. */
  billedTexts: string[];
};

export type TRuleFamily = (ctx: TRuleContext) => TFinding[];
