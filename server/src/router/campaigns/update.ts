/**
 * campaigns.update — the owner edits the draft. A change of text, offer or settings gives a new content hash and
 * revision; the running approval flow reloads the campaign on resubmission and validates and reviews it again,
 * and the send refuses content whose hash differs from the one that was approved.
 */
import { campaigns } from '@switchboard/drizzle';
import { and, eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import { recordAudit } from '../../audit.ts';
import { AppError } from '../../errors.ts';
import { roleProcedure } from '../../trpc.ts';
import { loadOwnCampaign } from './load.ts';
import { rowValues, toView, ZCampaignDraft, ZCampaignView } from './schemas.ts';

export const update = roleProcedure('operator', 'designer', 'admin')
  .input(z.object({ campaignId: z.string().min(1), revision: z.number().int().positive(), draft: ZCampaignDraft }))
  .output(ZCampaignView)
  .mutation(async ({ ctx, input }) => {
    const current = await loadOwnCampaign(ctx.db, ctx.user, input.campaignId);
    if (current.status === 'sending' || current.status === 'sent') throw new AppError('CONFLICT', `Campaign ${current.id} is ${current.status} and can no longer change`);
    const values = rowValues(input.draft);
    const changed = values.contentHash !== current.contentHash || values.name !== current.name || values.ownerEmail !== current.ownerEmail;
    if (!changed) return toView(current);
    // The revision guards against two editors overwriting each other (optimistic concurrency).
    const [row] = await ctx.db
      .update(campaigns)
      .set({ ...values, revision: sql`${campaigns.revision} + 1`, updatedAt: new Date() })
      .where(and(eq(campaigns.id, current.id), eq(campaigns.revision, input.revision)))
      .returning();
    if (!row) throw new AppError('CONFLICT', `Campaign ${current.id} changed meanwhile (now revision ${current.revision}); reload and edit again`);
    await recordAudit(ctx.db, { actor: ctx.user.username, action: 'campaign.update', subjectType: 'campaign', subjectId: row.id, reason: null, detail: { revision: row.revision, contentHash: row.contentHash, voidsApprovals: values.contentHash !== current.contentHash } });
    return toView(row);
  });
