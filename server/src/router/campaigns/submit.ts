/**
 * campaigns.submit — the owner submits the draft for approval: starts the published campaign-approval flow with
 * the owner as initiator (so separation of duties keeps the owner off every review) and links the run.
 */
import { campaigns } from '@switchboard/drizzle';
import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { recordAudit } from '../../audit.ts';
import { AppError } from '../../errors.ts';
import { createCallerFactory, roleProcedure } from '../../trpc.ts';
import { runsRouter } from '../runs/index.ts';
import { loadOwnCampaign } from './load.ts';
import { ZCampaignIdInput } from './schemas.ts';

export const CAMPAIGN_FLOW_KEY = 'campaign-approval';
const runsCaller = createCallerFactory(runsRouter);

export const submit = roleProcedure('operator', 'designer', 'admin')
  .input(ZCampaignIdInput)
  .output(z.object({ campaignId: z.string(), runId: z.string() }))
  .mutation(async ({ ctx, input }) => {
    const row = await loadOwnCampaign(ctx.db, ctx.user, input.campaignId);
    if (row.status !== 'draft' && row.status !== 'withdrawn' && row.status !== 'failed') throw new AppError('CONFLICT', `Campaign ${row.id} is already ${row.status}`);
    const started = await runsCaller(ctx).start({ flowKey: CAMPAIGN_FLOW_KEY, input: { campaignId: row.id }, isTest: false });
    await ctx.db.update(campaigns).set({ status: 'submitted', runId: started.runId, updatedAt: new Date() }).where(eq(campaigns.id, row.id));
    await recordAudit(ctx.db, { actor: ctx.user.username, action: 'campaign.submit', subjectType: 'campaign', subjectId: row.id, reason: null, detail: { runId: started.runId, contentHash: row.contentHash } });
    return { campaignId: row.id, runId: started.runId };
  });
