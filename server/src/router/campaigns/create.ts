/** campaigns.create — a new draft owned by the caller (400 names every bad field, the offer's included). */
import { randomUUID } from 'node:crypto';
import { campaigns } from '@switchboard/drizzle';
import { recordAudit } from '../../audit.ts';
import { roleProcedure } from '../../trpc.ts';
import { rowValues, toView, ZCampaignDraft, ZCampaignView } from './schemas.ts';

export const create = roleProcedure('operator', 'designer', 'admin')
  .input(ZCampaignDraft)
  .output(ZCampaignView)
  .mutation(async ({ ctx, input }) => {
    const id = `cmp-${randomUUID()}`;
    const [row] = await ctx.db.insert(campaigns).values({ id, ownerId: ctx.user.id, ...rowValues(input) }).returning();
    if (!row) throw new Error('insert returned no row');
    await recordAudit(ctx.db, { actor: ctx.user.username, action: 'campaign.create', subjectType: 'campaign', subjectId: id, reason: null, detail: { contentHash: row.contentHash } });
    return toView(row);
  });
