/**
 * inbox.decide — a reviewer's decision, sent to the run as the `decide` Workflow Update. The server checks what it
 * can without Temporal (visible, open, outcome, form) for a fast clear 4xx; the workflow's validator is the
 * authority on assignment, claims, quorum and separation of duties. An approving outcome also needs the run's
 * validated messages free of errors and their warnings acknowledged (message-gate.ts); other outcomes never do.
 * A resubmitted request id returns the first answer.
 */
import { ZDecideResult } from '@switchboard/worker/contract';
import { formProblems } from '@switchboard/worker/workflows/nodes/review-form';
import { z } from 'zod';
import { AppError } from '../../errors.ts';
import { inboxProcedure } from './procedure.ts';
import { loadVisibleTask, requestIdOr, ZRequestId, ZTaskId } from './load-task.ts';
import { assertMessageApprovable } from './message-gate.ts';
import { decisionsOf } from './task-view.ts';
import { sendDecision } from './workflow-call.ts';

export const ZDecideTaskInput = z.object({
  taskId: ZTaskId,
  outcome: z.string().min(1).max(64),
  comment: z.string().max(5000).optional(),
  form: z.record(z.string(), z.unknown()).optional(),
  requestId: ZRequestId.optional(),
});

export const decide = inboxProcedure
  .input(ZDecideTaskInput)
  .output(ZDecideResult)
  .mutation(async ({ ctx, input }) => {
    const { user } = ctx;
    const { task } = await loadVisibleTask(ctx.db, user, input.taskId);
    const updateId = `decide:${task.id}:${user.id}:${requestIdOr(input.requestId)}`;
    const decisions = decisionsOf(task);
    const earlier = decisions.find((d) => d.key === updateId);
    if (earlier) {
      const approvals = decisions.filter((d) => d.outcome === task.outcomes[0]).length;
      return task.status === 'decided' && task.outcome === earlier.outcome && decisions.at(-1)?.key === updateId
        ? { taskId: task.id, status: 'decided' as const, outcome: earlier.outcome, approvals }
        : { taskId: task.id, status: 'recorded' as const, approvals };
    }
    if (task.status !== 'open') throw new AppError('CONFLICT', `Task ${task.id} is ${task.status}${task.outcome ? ` (${task.outcome})` : ''}`);
    if (!task.outcomes.includes(input.outcome)) {
      throw new AppError('INVALID_INPUT', `Invalid input: outcome: "${input.outcome}" is not one of ${task.outcomes.join(', ')}`);
    }
    const problems = formProblems(task.form, input.form);
    if (problems.length) throw new AppError('INVALID_INPUT', `Invalid input: form: ${problems.join('; ')}`, { form: problems });
    await assertMessageApprovable(ctx.db, task, input.outcome);
    return sendDecision(ctx.temporal, task.runId, updateId, {
      taskId: task.id,
      outcome: input.outcome,
      ...(input.comment ? { comment: input.comment } : {}),
      ...(input.form ? { form: input.form } : {}),
      actor: { userId: user.id, username: user.username, groups: user.groups },
    });
  });
