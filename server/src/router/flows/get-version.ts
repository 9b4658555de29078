import { z } from 'zod';
import { ZPlan } from '@switchboard/flows/plan/types';
import { getVersionOr404 } from '../../flows/load.ts';
import { effectiveParams } from '../../flows/params.ts';
import { ZFlowKey } from '../../flows/schemas.ts';
import { authedProcedure } from '../../trpc.ts';

/** One published version: its document, plan, operator overrides and the parameter values runs receive. */
export const getVersion = authedProcedure
  .input(z.object({ key: ZFlowKey, version: z.number().int().positive() }))
  .output(z.object({
    key: z.string(), version: z.number().int(), document: z.unknown(), plan: ZPlan, planHash: z.string(), author: z.string(),
    note: z.string(), createdAt: z.string(), paramOverrides: z.record(z.string(), z.unknown()), params: z.record(z.string(), z.unknown()),
  }))
  .query(async ({ ctx, input }) => {
    const row = await getVersionOr404(ctx.db, input.key, input.version);
    const plan = ZPlan.parse(row.plan);
    const paramOverrides = z.record(z.string(), z.unknown()).catch({}).parse(row.paramOverrides);
    return {
      key: row.flowKey, version: row.version, document: row.document, plan, planHash: row.planHash, author: row.author, note: row.note,
      createdAt: row.createdAt.toISOString(), paramOverrides, params: effectiveParams(plan, paramOverrides),
    };
  });
