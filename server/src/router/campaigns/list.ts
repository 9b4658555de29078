/** campaigns.list — newest first; any signed-in user (reviewers open campaigns from their tasks). */
import { campaigns, runs } from '@switchboard/drizzle';
import { desc, eq } from 'drizzle-orm';
import { z } from 'zod';
import { authedProcedure } from '../../trpc.ts';
import { toView, ZCampaignView } from './schemas.ts';

export const list = authedProcedure
  .input(z.object({ mine: z.boolean().default(false), limit: z.number().int().min(1).max(200).default(50) }).default({ mine: false, limit: 50 }))
  .output(z.array(ZCampaignView))
  .query(async ({ ctx, input }) => {
    const rows = await ctx.db
      .select({ campaign: campaigns, run: { status: runs.status, outcome: runs.outcome } })
      .from(campaigns)
      .leftJoin(runs, eq(runs.id, campaigns.runId))
      .where(input.mine ? eq(campaigns.ownerId, ctx.user.id) : undefined)
      .orderBy(desc(campaigns.updatedAt))
      .limit(input.limit);
    return rows.map((r) => toView(r.campaign, r.run));
  });
