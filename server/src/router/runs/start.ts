/**
 * Starts a run of a published version (the latest unless `version` is given): the start payload is checked
 * against the version's inputSchema (400 naming the fields), the plan is passed by value (decision 1), and the
 * run row exists before the workflow does so lists show it at once. Roles: operators start runs; designers and
 * admins too (test runs from the editor). Reviewers do not: they decide tasks of runs others start.
 */
import { randomUUID } from 'node:crypto';
import { and, desc, eq } from 'drizzle-orm';
import { flowVersions, runs } from '@switchboard/drizzle';
import { ZPlan } from '@switchboard/flows/plan/types';
import { runAttributes, runWorkflowId, WORKFLOW_TYPE, type TRunFlowInput } from '@switchboard/worker/contract';
import { z } from 'zod';
import { recordAudit } from '../../audit.ts';
import { AppError, describeIssues } from '../../errors.ts';
import { effectiveParams } from '../../flows/params.ts';
import { ZFlowKey } from '../../flows/schemas.ts';
import { roleProcedure } from '../../trpc.ts';
import { inputProblems } from './input-check.ts';

export const start = roleProcedure('operator', 'designer', 'admin')
  .input(z.object({ flowKey: ZFlowKey, version: z.number().int().positive().optional(), input: z.unknown(), isTest: z.boolean().default(false) }))
  .output(z.object({ runId: z.string(), flowKey: z.string(), version: z.number().int(), planHash: z.string() }))
  .mutation(async ({ ctx, input }) => {
    const where = input.version === undefined ? eq(flowVersions.flowKey, input.flowKey) : and(eq(flowVersions.flowKey, input.flowKey), eq(flowVersions.version, input.version));
    const [row] = await ctx.db.select().from(flowVersions).where(where).orderBy(desc(flowVersions.version)).limit(1);
    if (!row) throw new AppError('NOT_FOUND', input.version === undefined ? `Flow "${input.flowKey}" has no published version` : `Flow "${input.flowKey}" has no version ${input.version}`);
    const plan = ZPlan.parse(row.plan);
    const payload = input.input ?? {};
    const problems = inputProblems(plan.inputSchema, payload);
    if (problems.length > 0) throw new AppError('INVALID_INPUT', describeIssues(problems), { fields: problems });
    const overrides = z.record(z.string(), z.unknown()).catch({}).parse(row.paramOverrides);
    const run = {
      id: runWorkflowId(input.flowKey, randomUUID()),
      flowKey: input.flowKey,
      version: row.version,
      initiator: ctx.user.username,
      flowAuthor: row.author,
      startedAt: new Date().toISOString(),
      isTest: input.isTest,
    };
    const args: TRunFlowInput = { plan, input: payload, params: effectiveParams(plan, overrides), run };
    await ctx.db.insert(runs).values({
      id: run.id, flowKey: run.flowKey, version: run.version, planHash: plan.hash, status: 'running', input: payload,
      initiator: run.initiator, isTest: run.isTest, startedAt: new Date(run.startedAt),
    });
    try {
      await ctx.temporal.workflow.start(WORKFLOW_TYPE, { taskQueue: ctx.config.taskQueue, workflowId: run.id, args: [args], ...runAttributes(run, plan.hash) });
    } catch (error) {
      const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
      await ctx.db.update(runs).set({ status: 'failed', error: `could not start: ${reason}`, endedAt: new Date() }).where(eq(runs.id, run.id));
      throw new AppError('TEMPORAL_UNAVAILABLE', `Could not start the run on Temporal: ${reason}`);
    }
    await recordAudit(ctx.db, { actor: ctx.user.username, action: 'run.start', subjectType: 'run', subjectId: run.id, reason: null, detail: { version: row.version, isTest: run.isTest } });
    return { runId: run.id, flowKey: run.flowKey, version: run.version, planHash: plan.hash };
  });
