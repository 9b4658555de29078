import { z } from 'zod';

/**
 * A channel profile: every threshold and word list the rules read, as data. Ops edit a profile by publishing a new
 * `version`; the version is recorded with every report so an old decision can be reproduced.
 */
export const ZChannelProfile = z.object({
  id: z.string().min(1),
  version: z.string().min(1),
  /** Strict channels raise UNSUB-002 from warning to error. */
  strict: z.boolean(),
  /** `cn`: every character is one unit (70 / 67); `gsm`: GSM-7 160 / 153, UCS-2 70 / 67 (ENC-001 when forced). */
  encoding: z.enum(['cn', 'gsm']),
  maxLength: z.number().int().positive(),
  /**
   * Prefill for new campaigns in the editor. The rules always use the campaign's own window and segment limit (the
   * spec's "configured window"), which the offer schema requires.
   */
  defaultMaxSegments: z.number().int().positive(),
  defaultWindow: z.object({ start: z.string(), end: z.string(), tz: z.string() }),
  signatureBrackets: z.array(z.tuple([z.string().min(1), z.string().min(1)])).min(1),
  optOut: z.object({
    requiredWording: z.string(),
    /** Regex sources (flags `iu`) that find an opt-out instruction; the whole match is the instruction. */
    patterns: z.array(z.string()),
  }),
  words: z.object({
    statutoryAbsolute: z.array(z.string()),
    superlatives: z.array(z.string()),
    /** Regex sources: a superlative hit whose following text matches one of these is ordinary wording (第一次). */
    superlativeExceptions: z.array(z.string()),
    unlimited: z.array(z.string()),
    prohibited: z.array(z.string()),
    shorteners: z.array(z.string()),
    promotion: z.array(z.string()),
    /** Idioms containing numerals that must never be read as quantities (一如既往, 十分, 万一 …). */
    numeralIdioms: z.array(z.string()),
    /** Characters platforms reject or garble, beyond emoji and control characters. */
    garbledChars: z.array(z.string()),
  }),
});
export type TChannelProfile = z.infer<typeof ZChannelProfile>;
