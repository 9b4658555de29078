/**
 * Task lifecycle changes as a Workflow Update, next to the interpreter's `decide` (contract.ts). Claim, unclaim,
 * reassign, delegate and escalation change who may decide, and the `decide` validator must know that; so the server
 * sends each change to the workflow first (validated there against the live task) and the workflow projects the
 * result. The inbox row therefore never disagrees with what the validator enforces.
 */
import { defineUpdate } from '@temporalio/workflow';
import { z } from 'zod';
import { ZActor } from '../../contract.ts';

const base = { taskId: z.string().min(1), actor: ZActor, reason: z.string().max(2000).optional() };

export const ZTaskChange = z.discriminatedUnion('kind', [
  z.object({ ...base, kind: z.literal('claim') }),
  /** `force`: a supervisor or operator releasing someone else's claim (the server checks the role). */
  z.object({ ...base, kind: z.literal('unclaim'), force: z.boolean().default(false) }),
  /** Replaces the assignees; the server allows it to operators and supervisors only. */
  z.object({ ...base, kind: z.literal('reassign'), groups: z.array(z.string().min(1)), users: z.array(z.string().min(1)) }),
  /** Hands the task to user id `to`; the delegator keeps sight of it as a watcher. */
  z.object({ ...base, kind: z.literal('delegate'), to: z.string().min(1), toName: z.string().min(1) }),
]);
export type TTaskChange = z.infer<typeof ZTaskChange>;
export type TTaskChangeInput = z.input<typeof ZTaskChange>;

export const ZTaskChangeResult = z.object({
  taskId: z.string(),
  groups: z.array(z.string()),
  users: z.array(z.string()),
  watchers: z.array(z.string()),
  claimedBy: z.string().nullable(),
});
export type TTaskChangeResult = z.infer<typeof ZTaskChangeResult>;

export const changeTaskUpdate = defineUpdate<TTaskChangeResult, [TTaskChangeInput]>('changeTask');
