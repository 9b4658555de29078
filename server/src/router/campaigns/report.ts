/** campaigns.report — the result report for the owner: sent, failed, skipped, replies by kind. */
import { z } from 'zod';
import { authedProcedure } from '../../trpc.ts';
import { loadCampaignOr404 } from './load.ts';
import { campaignProgress, replyCounts } from './progress.ts';
import { ZCampaignIdInput } from './schemas.ts';

export const report = authedProcedure
  .input(ZCampaignIdInput)
  .output(z.object({
    campaignId: z.string(),
    audienceSize: z.number().int(),
    sent: z.number().int(),
    remaining: z.number().int(),
    replies: z.object({ activations: z.number().int(), optOuts: z.number().int(), other: z.number().int(), replies: z.number().int() }),
    activationRate: z.number(),
  }))
  .query(async ({ ctx, input }) => {
    const row = await loadCampaignOr404(ctx.db, input.campaignId);
    const progress = await campaignProgress(ctx.db, ctx.temporal, row);
    const replies = await replyCounts(ctx.db, row.id);
    return { campaignId: row.id, audienceSize: progress.audienceSize, sent: progress.sent, remaining: progress.remaining, replies, activationRate: progress.sent === 0 ? 0 : replies.activations / progress.sent };
  });
