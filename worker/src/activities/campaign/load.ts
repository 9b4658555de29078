/** Reading campaigns for the flow: the current draft (`loadCampaign`) and the reply counts (`collectReplies`). */
import { campaignReplies, campaigns, recipients } from '@switchboard/drizzle';
import { and, count, eq } from 'drizzle-orm';
import { z } from 'zod';
import { businessError, defineActivity } from '../../sdk/define-activity.ts';
import { ZCampaignChannel, ZCampaignId } from './shapes.ts';

const ZLoaded = z
  .object({
    campaignId: z.string().min(1),
    name: z.string().min(1),
    authorId: z.string().min(1),
    ownerEmail: z.string().email(),
    channel: ZCampaignChannel,
    text: z.string().min(1),
    offer: z.record(z.string(), z.unknown()),
    audienceId: z.string().min(1),
    audienceSize: z.number().int().min(0),
    sendAt: z.iso.datetime({ offset: true }),
    revision: z.number().int().min(1),
    contentHash: z.string().min(1),
  })
  .strict();

export const loadCampaign = defineActivity({
  type: 'campaign.loadCampaign',
  title: '加载营销活动 Load campaign',
  description: 'The current draft of a campaign: text, offer, audience, send time.',
  category: 'campaign',
  input: ZCampaignId,
  output: ZLoaded,
  run: async ({ campaignId }, { deps }) => {
    const [row] = await deps.db.select().from(campaigns).where(eq(campaigns.id, campaignId));
    if (!row) throw businessError('NotFound', `campaign ${campaignId} does not exist`);
    const offer = z.record(z.string(), z.unknown()).safeParse(row.offer);
    if (!offer.success) throw businessError('BadCampaign', `campaign ${campaignId}: offer is not a JSON object`);
    // Opted-out customers are never sent to, so they are not part of the audience the reviewers see.
    const [size] = await deps.db
      .select({ n: count() })
      .from(recipients)
      .where(and(eq(recipients.audienceId, row.audienceId), eq(recipients.optedOut, false)));
    return {
      campaignId: row.id,
      name: row.name,
      authorId: row.ownerId,
      ownerEmail: row.ownerEmail,
      channel: ZCampaignChannel.parse(row.channel),
      text: row.text,
      offer: offer.data,
      audienceId: row.audienceId,
      audienceSize: size?.n ?? 0,
      sendAt: row.sendAt.toISOString(),
      revision: row.revision,
      contentHash: row.contentHash,
    };
  },
});

export const collectReplies = defineActivity({
  type: 'campaign.collectReplies',
  title: '汇总回复 Collect replies',
  description: 'Activations, opt-outs and other replies received for a campaign so far.',
  category: 'campaign',
  input: ZCampaignId,
  output: z.object({ activations: z.number().int().min(0), optOuts: z.number().int().min(0), replies: z.number().int().min(0) }).strict(),
  run: async ({ campaignId }, { deps }) => {
    const rows = await deps.db
      .select({ kind: campaignReplies.kind, n: count() })
      .from(campaignReplies)
      .where(eq(campaignReplies.campaignId, campaignId))
      .groupBy(campaignReplies.kind);
    const of = (kind: string) => rows.find((r) => r.kind === kind)?.n ?? 0;
    return { activations: of('activation'), optOuts: of('opt_out'), replies: rows.reduce((sum, r) => sum + r.n, 0) };
  },
});
