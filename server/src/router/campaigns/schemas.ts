/** Campaign API shapes: the draft an owner edits (validated once here) and the campaign view the web shows. */
import type { campaigns } from '@switchboard/drizzle';
import { ZChannel, ZOffer } from '@switchboard/flows/messages/index';
import { campaignContentHash } from '@switchboard/worker/activities/campaign/content-hash';
import { z } from 'zod';

export const ZCampaignIdInput = z.object({ campaignId: z.string().min(1).max(200) });

export const ZCampaignDraft = z.object({
  name: z.string().trim().min(1).max(200),
  ownerEmail: z.email(),
  channel: ZChannel.default('cn_sms_marketing'),
  text: z.string().min(1).max(2000),
  offer: ZOffer,
  audienceId: z.string().trim().min(1).max(200),
  sendAt: z.iso.datetime({ offset: true }),
  throughputPerSec: z.number().int().min(1).max(100_000).default(200),
});
export type TCampaignDraft = z.infer<typeof ZCampaignDraft>;

/** The values a row stores for a draft, with the content hash approvals bind to. */
export function rowValues(draft: TCampaignDraft) {
  const sendAt = new Date(draft.sendAt);
  const content = { text: draft.text, offer: draft.offer, audienceId: draft.audienceId, sendAt: sendAt.toISOString(), throughputPerSec: draft.throughputPerSec, channel: draft.channel };
  return { ...draft, sendAt, contentHash: campaignContentHash(content) };
}

export const ZCampaignView = z.object({
  id: z.string(),
  name: z.string(),
  ownerId: z.string(),
  ownerEmail: z.string(),
  channel: z.string(),
  text: z.string(),
  offer: z.unknown(),
  audienceId: z.string(),
  sendAt: z.string(),
  throughputPerSec: z.number(),
  status: z.string(),
  revision: z.number(),
  contentHash: z.string(),
  runId: z.string().nullable(),
  updatedAt: z.string(),
});

type TRunEnd = { status: string; outcome: string | null } | null | undefined;

/** What the owner sees: the stored status while the approval run is open, then what the run's end says. */
export function campaignStatus(stored: string, run: TRunEnd): string {
  if (!run || run.status === 'running') return stored;
  if (run.status === 'completed') return run.outcome === 'completed' || run.outcome === null ? 'sent' : run.outcome === 'cancelled' ? 'withdrawn' : 'failed';
  return run.status === 'cancelled' || run.status === 'terminated' ? 'withdrawn' : 'failed';
}

export function toView(row: typeof campaigns.$inferSelect, run?: TRunEnd): z.infer<typeof ZCampaignView> {
  return { ...row, status: campaignStatus(row.status, run), sendAt: row.sendAt.toISOString(), updatedAt: row.updatedAt.toISOString() };
}
