/** campaigns.get — the campaign, its approval run's status and the send progress (for the progress bar). */
import { runs } from '@switchboard/drizzle';
import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { authedProcedure } from '../../trpc.ts';
import { loadCampaignOr404 } from './load.ts';
import { campaignProgress, ZProgress } from './progress.ts';
import { toView, ZCampaignIdInput, ZCampaignView } from './schemas.ts';

export const get = authedProcedure
  .input(ZCampaignIdInput)
  .output(z.object({ campaign: ZCampaignView, run: z.object({ id: z.string(), status: z.string() }).nullable(), progress: ZProgress }))
  .query(async ({ ctx, input }) => {
    const row = await loadCampaignOr404(ctx.db, input.campaignId);
    const [run] = row.runId ? await ctx.db.select({ id: runs.id, status: runs.status, outcome: runs.outcome }).from(runs).where(eq(runs.id, row.runId)) : [];
    return { campaign: toView(row, run), run: run ? { id: run.id, status: run.status } : null, progress: await campaignProgress(ctx.db, ctx.temporal, row) };
  });
