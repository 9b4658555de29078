/**
 * The `config` of each node kind (spec/flow-format.md, "Node kinds"). Objects are strict: unknown fields are
 * FORMAT_INVALID. A field is optional only where the spec's table marks it `?`: task/subflow/batch `input` and join
 * `mode` are required (the editor always writes them; a hand-written flow that forgets them is told so).
 */
import { z } from 'zod';
import {
  ZDurationSource, ZExprSource, ZJsonSchema, ZMapping, ZPortName, ZTemplateSource, ZVarName,
} from './values.ts';

const ZEmpty = z.strictObject({});

export const ZEndConfig = z.strictObject({
  outcome: z.enum(['completed', 'rejected', 'cancelled', 'failed']),
  result: ZMapping.optional(),
});

export const ZRetryConfig = z.strictObject({
  maxAttempts: z.number().int().positive().optional(),
  initialInterval: ZDurationSource.optional(),
  backoff: z.number().positive().optional(),
  nonRetryable: z.array(z.string()).optional(),
});

const ZActivityRef = z.string().min(1);

export const ZTaskConfig = z.strictObject({
  activity: ZActivityRef,
  input: ZMapping,
  output: ZVarName.optional(),
  retry: ZRetryConfig.optional(),
  timeout: ZDurationSource.optional(),
});

export const ZJoinMode = z.union([
  z.literal('all'),
  z.literal('any'),
  z.strictObject({ atLeast: z.number().int().positive() }),
]);
export const ZJoinConfig = z.strictObject({ mode: ZJoinMode });

export const ZReviewConfig = z.strictObject({
  title: ZTemplateSource.optional(),
  instructions: ZTemplateSource.optional(),
  assignees: z
    .strictObject({
      groups: z.array(z.string().min(1)).optional(),
      users: z.array(z.string().min(1)).optional(),
      expression: ZExprSource.optional(),
    })
    .optional(),
  outcomes: z.array(ZPortName).min(1, 'needs at least one outcome'),
  form: ZJsonSchema.optional(),
  quorum: z.strictObject({ approvals: z.number().int().positive() }).optional(),
  separationOfDuties: z.array(z.enum(['initiator', 'previousReviewers', 'flowAuthor'])).optional(),
  sla: z
    .strictObject({
      due: ZDurationSource.optional(),
      remindEvery: ZDurationSource.optional(),
      escalate: z.array(z.strictObject({ after: ZDurationSource, groups: z.array(z.string().min(1)) })).optional(),
      expireAfter: ZDurationSource.optional(),
    })
    .optional(),
  output: ZVarName.optional(),
});

export const ZValidateConfig = z.strictObject({
  channel: z.string().min(1),
  text: ZTemplateSource,
  offer: ZExprSource.optional(),
  sendAt: ZExprSource.optional(),
  output: ZVarName.optional(),
});

export const ZWaitConfig = z
  .strictObject({ duration: ZDurationSource.optional(), until: ZExprSource.optional() })
  .refine((c) => (c.duration === undefined) !== (c.until === undefined), 'needs exactly one of duration or until');

export const ZEventConfig = z.strictObject({
  event: z.string().min(1),
  timeout: ZDurationSource.optional(),
  match: ZExprSource.optional(),
  output: ZVarName.optional(),
});

export const ZSubflowConfig = z.strictObject({
  flow: z.string().min(1),
  version: z.union([z.literal('latest'), z.number().int().positive()]).optional(),
  input: ZMapping,
  output: ZVarName.optional(),
});

export const ZSetConfig = z.strictObject({ assign: z.record(ZVarName, ZMapping) });

export const ZNotifyConfig = z.strictObject({
  channel: z.string().min(1),
  to: z.string().min(1),
  text: ZTemplateSource,
  validate: z.boolean().optional(),
});

const ZBatchStep = z.strictObject({ activity: ZActivityRef, input: ZMapping });
export const ZBatchConfig = z.strictObject({
  source: ZBatchStep,
  each: ZBatchStep,
  batchSize: z.number().int().positive(),
  concurrency: z.number().int().positive(),
  ratePerSecond: z.number().positive().optional(),
  output: ZVarName.optional(),
});

/** Config schema by node kind; the keys are exactly the spec's node kinds. */
export const nodeConfigSchemas = {
  start: ZEmpty,
  end: ZEndConfig,
  task: ZTaskConfig,
  decision: ZEmpty,
  parallel: ZEmpty,
  join: ZJoinConfig,
  review: ZReviewConfig,
  validate: ZValidateConfig,
  wait: ZWaitConfig,
  event: ZEventConfig,
  subflow: ZSubflowConfig,
  set: ZSetConfig,
  notify: ZNotifyConfig,
  batch: ZBatchConfig,
} as const;
