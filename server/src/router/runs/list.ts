/** Runs, newest first, filtered by flow, status, initiator or test flag; `before` pages by start time. */
import { and, desc, eq, lt, type SQL } from 'drizzle-orm';
import { runs } from '@switchboard/drizzle';
import { z } from 'zod';
import { authedProcedure } from '../../trpc.ts';
import { runView, ZRunStatus, ZRunView } from './schemas.ts';

export const list = authedProcedure
  .input(
    z
      .object({
        flowKey: z.string().min(1).optional(),
        status: ZRunStatus.optional(),
        initiator: z.string().min(1).optional(),
        isTest: z.boolean().optional(),
        before: z.iso.datetime({ offset: true }).optional(),
        limit: z.number().int().min(1).max(200).default(50),
      })
      .default({ limit: 50 }),
  )
  .output(z.object({ runs: z.array(ZRunView), nextBefore: z.string().nullable() }))
  .query(async ({ ctx, input }) => {
    const filters: SQL[] = [];
    if (input.flowKey) filters.push(eq(runs.flowKey, input.flowKey));
    if (input.status) filters.push(eq(runs.status, input.status));
    if (input.initiator) filters.push(eq(runs.initiator, input.initiator));
    if (input.isTest !== undefined) filters.push(eq(runs.isTest, input.isTest));
    if (input.before) filters.push(lt(runs.startedAt, new Date(input.before)));
    const rows = await ctx.db.select().from(runs).where(and(...filters)).orderBy(desc(runs.startedAt)).limit(input.limit + 1);
    const page = rows.slice(0, input.limit);
    const last = page.at(-1);
    return { runs: page.map(runView), nextBefore: rows.length > input.limit && last ? last.startedAt.toISOString() : null };
  });
