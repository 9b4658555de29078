import { and, eq } from 'drizzle-orm';
import { flowVersions } from '@switchboard/drizzle';
import { ZPlan } from '@switchboard/flows/plan/types';
import { z } from 'zod';
import { recordAudit } from '../../audit.ts';
import { AppError, describeIssues } from '../../errors.ts';
import { getVersionOr404 } from '../../flows/load.ts';
import { checkParamValues, effectiveParams } from '../../flows/params.ts';
import { ZFlowKey } from '../../flows/schemas.ts';
import { roleProcedure } from '../../trpc.ts';

/**
 * Operator override of a published version's parameter values (e.g. an SLA), without touching the graph.
 * `values` replaces the previous overrides as a whole; a parameter left out returns to its default.
 * Affects runs started afterwards; recorded in the audit log with the previous values and the reason.
 */
export const setParams = roleProcedure('operator', 'admin')
  .input(z.object({
    key: ZFlowKey, version: z.number().int().positive(), values: z.record(z.string(), z.unknown()), reason: z.string().trim().min(1).max(1000),
  }))
  .output(z.object({ paramOverrides: z.record(z.string(), z.unknown()), params: z.record(z.string(), z.unknown()) }))
  .mutation(async ({ ctx, input }) => {
    const row = await getVersionOr404(ctx.db, input.key, input.version);
    const plan = ZPlan.parse(row.plan);
    const issues = checkParamValues(plan, input.values);
    if (issues.length) throw new AppError('INVALID_INPUT', describeIssues(issues), { fields: issues });
    await ctx.db.update(flowVersions).set({ paramOverrides: input.values })
      .where(and(eq(flowVersions.flowKey, input.key), eq(flowVersions.version, input.version)));
    await recordAudit(ctx.db, {
      actor: ctx.user.username, action: 'flow.setParams', subjectType: 'flow_version', subjectId: `${input.key}@${input.version}`,
      reason: input.reason, detail: { before: row.paramOverrides, after: input.values },
    });
    return { paramOverrides: input.values, params: effectiveParams(plan, input.values) };
  });
