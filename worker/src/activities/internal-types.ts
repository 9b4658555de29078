/** Shapes of the interpreter's own activities (`sb.*`), shared by the workflow (parsing) and the activities. */
import { ZPlan } from '@switchboard/flows/plan/types';
import { z } from 'zod';

export const ZResolveFlowInput = z.object({ flowKey: z.string().min(1), version: z.union([z.literal('latest'), z.number().int().positive()]) });
export const ZResolvedFlow = z.object({
  plan: ZPlan,
  version: z.number().int().positive(),
  params: z.record(z.string(), z.unknown()),
  author: z.string().nullable(),
});
export type TResolvedFlow = z.infer<typeof ZResolvedFlow>;

export const ZNotifyInput = z.object({
  idempotencyKey: z.string().min(1),
  channel: z.string().min(1),
  to: z.string().min(1),
  text: z.string(),
  runId: z.string().nullable(),
  nodeId: z.string().nullable(),
});
export type TNotifyInput = z.infer<typeof ZNotifyInput>;
export const ZNotifyResult = z.object({ messageId: z.string(), duplicate: z.boolean() });
