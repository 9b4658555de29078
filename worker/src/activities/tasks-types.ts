/**
 * The review task as the workflow holds it and as the projection activities write it. The workflow is the source
 * of truth; every projection write carries the task's complete current state, so a retried or replayed write
 * converges on the same row. Pure module (zod only): the workflow imports it too.
 */
import { z } from 'zod';

export const ZTaskStatus = z.enum(['open', 'decided', 'expired', 'cancelled']);

/** One reviewer's decision; `key` is the Workflow Update id, so a retried submit is recognised. */
export const ZTaskDecision = z.object({
  key: z.string(),
  userId: z.string(),
  username: z.string(),
  outcome: z.string(),
  comment: z.string().optional(),
  form: z.record(z.string(), z.unknown()).optional(),
  at: z.string(),
});
export type TTaskDecision = z.infer<typeof ZTaskDecision>;

export const ZTaskState = z.object({
  taskId: z.string().min(1),
  status: ZTaskStatus,
  groups: z.array(z.string()),
  /** User ids. */
  users: z.array(z.string()),
  /** User ids who see the task without being assignees (delegators). */
  watchers: z.array(z.string()),
  claimedBy: z.string().nullable(),
  /** Usernames of the ids above, so refusals read "claimed by rita", not a uuid. */
  people: z.record(z.string(), z.string()),
  claimedAt: z.string().nullable(),
  decisions: z.array(ZTaskDecision),
  outcome: z.string().nullable(),
  decidedAt: z.string().nullable(),
  /** Escalation steps already applied and reminders already sent (timers resume from these after continue-as-new). */
  escalations: z.number().int().nonnegative(),
  reminders: z.number().int().nonnegative(),
});
export type TTaskState = z.infer<typeof ZTaskState>;

/** An audit entry written in the same transaction as the projection; `key` makes it write-once. */
export const ZTaskAudit = z.object({
  key: z.string().min(1),
  actor: z.string().min(1),
  action: z.string().min(1),
  reason: z.string().nullable(),
  detail: z.record(z.string(), z.unknown()),
});
export type TTaskAudit = z.infer<typeof ZTaskAudit>;

export const ZOpenTask = z.object({
  taskId: z.string().min(1),
  runId: z.string().min(1),
  nodeId: z.string().min(1),
  flowKey: z.string().min(1),
  version: z.number().int().nonnegative(),
  title: z.string(),
  instructions: z.string().nullable(),
  outcomes: z.array(z.string()).min(1),
  form: z.record(z.string(), z.unknown()).nullable(),
  quorum: z.number().int().positive(),
  /** Resolved by `taskResolve`: group ids and user ids. */
  groups: z.array(z.string()),
  users: z.array(z.string()),
  createdAt: z.string(),
  dueAt: z.string().nullable(),
  context: z.record(z.string(), z.unknown()),
});
export type TOpenTask = z.infer<typeof ZOpenTask>;

/** Config groups/users plus what the assignee expression yielded (`group:x`, `user:x` or a bare id/name). */
export const ZResolveTask = z.object({
  taskId: z.string().min(1),
  runId: z.string().min(1),
  groups: z.array(z.string()),
  users: z.array(z.string()),
  refs: z.array(z.string()),
});

export const ZOpenedTask = z.object({
  groups: z.array(z.string()),
  users: z.array(z.string()),
  /** Ids and usernames of everyone who decided another review of this run before this one opened. */
  previousReviewers: z.array(z.string()),
});
export type TOpenedTask = z.infer<typeof ZOpenedTask>;

export const ZSyncTask = z.object({ state: ZTaskState, audit: ZTaskAudit.nullable(), at: z.string() });
export type TSyncTask = z.infer<typeof ZSyncTask>;

export const ZRemindTask = z.object({
  taskId: z.string().min(1),
  runId: z.string().min(1),
  nodeId: z.string().min(1),
  title: z.string(),
  reminder: z.number().int().positive(),
  groups: z.array(z.string()),
  users: z.array(z.string()),
  dueAt: z.string().nullable(),
});
export type TRemindTask = z.infer<typeof ZRemindTask>;
