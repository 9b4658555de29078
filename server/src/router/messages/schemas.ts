/** Shared input/output schemas of the messages API; types come from the rule engine's own zod schemas. */
import { ZChannel, ZChannelProfile, ZFinding } from '@switchboard/flows';
import { z } from 'zod';

/** 100 KB is the largest text the spec asks the rules to survive; more is refused as input, never crashes. */
export const ZMessageText = z.string().max(100_000, 'text: at most 100,000 characters');

/** A channel profile by id (a default), or a full ops-edited profile version. */
export const ZProfileRef = z.union([ZChannel, ZChannelProfile]);

export const ZSubject = z.object({
  type: z.enum(['task', 'run', 'flow', 'campaign']),
  id: z.string().min(1).max(300),
});
export type TSubject = z.infer<typeof ZSubject>;

export const ZAcknowledgement = z.object({
  id: z.number().int(),
  at: z.string(),
  actor: z.string(),
  subject: ZSubject,
  rules: z.array(z.string()),
  reason: z.string(),
  textHash: z.string(),
});

export const ZSegments = z.object({
  encoding: z.enum(['cn', 'gsm7', 'ucs2']), units: z.number(), chars: z.number(), segments: z.number(),
  singleLimit: z.number(), perSegment: z.number(),
});

export const ZClaimOut = z.object({
  kind: z.string(), span: z.tuple([z.number(), z.number()]), text: z.string(), field: z.string().nullable(),
  found: z.string(), expected: z.string().optional(), status: z.enum(['match', 'mismatch', 'unmapped']),
  rule: z.string().optional(), message: z.string().optional(), hint: z.string().optional(),
});

export const ZCheckReportOut = z.object({
  findings: z.array(ZFinding),
  ruleSetVersion: z.string(),
  profile: z.object({ id: z.string(), version: z.string() }),
  checkedAt: z.string().optional(),
  errors: z.number().int(),
  warnings: z.number().int(),
  claims: z.array(ZClaimOut),
  segments: ZSegments,
});
