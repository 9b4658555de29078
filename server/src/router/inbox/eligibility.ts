/**
 * "May I decide this?" for the detail pane and bulk approve, answered from the projection with the SAME rules the
 * workflow's validator applies (review-rules.ts). Advisory only: the Update validator stays the authority (it also
 * sees changes the projection has not caught up with yet).
 */
import { z } from 'zod';
import type { tasks } from '@switchboard/drizzle';
import { decisionProblem } from '@switchboard/worker/workflows/nodes/review-rules';
import { formProblems } from '@switchboard/worker/workflows/nodes/review-form';
import type { TSessionUser } from '../../trpc.ts';
import { decisionsOf } from './task-view.ts';

export const ZEligibility = z.object({
  /** Whether the first outcome (e.g. approve) would be accepted from this user now, ignoring the form. */
  canDecide: z.boolean(),
  reason: z.string().nullable(),
  /** The form has required fields, so a decision needs it filled (bulk approve cannot). */
  formRequired: z.boolean(),
});

const ZContext = z.object({ initiator: z.string().optional(), flowAuthor: z.string().nullable().optional(), separationOfDuties: z.array(z.string()).optional() }).loose();

type TTaskRow = typeof tasks.$inferSelect;

export function eligibility(task: TTaskRow, claimer: string | null, earlierReviewers: string[], user: TSessionUser): z.infer<typeof ZEligibility> {
  const context = ZContext.safeParse(task.context ?? {});
  const sod = new Set(context.success ? (context.data.separationOfDuties ?? []) : []);
  const initiator = context.success ? context.data.initiator : undefined;
  const flowAuthor = context.success ? context.data.flowAuthor : undefined;
  const state = {
    taskId: task.id, status: task.status, groups: task.assigneeGroups, users: task.assigneeUsers, watchers: task.watchers,
    claimedBy: task.claimedBy, people: task.claimedBy && claimer ? { [task.claimedBy]: claimer } : {}, claimedAt: null,
    decisions: decisionsOf(task), outcome: task.outcome, decidedAt: null, escalations: 0, reminders: 0,
  };
  const rules = {
    outcomes: task.outcomes, quorum: task.quorum, form: null,
    barred: {
      initiator: sod.has('initiator') && initiator ? [initiator] : [],
      previousReviewers: sod.has('previousReviewers') ? earlierReviewers : [],
      flowAuthor: sod.has('flowAuthor') && flowAuthor ? [flowAuthor] : [],
    },
  };
  const outcome = task.outcomes[0] ?? '';
  const reason = decisionProblem(state, rules, { taskId: task.id, outcome, actor: { userId: user.id, username: user.username, groups: user.groups } });
  return { canDecide: reason === null, reason, formRequired: formProblems(task.form, {}).length > 0 };
}
