/** Loading a campaign for a procedure: 404 when missing, 403 when the caller may not change it. */
import { campaigns, type TDb } from '@switchboard/drizzle';
import { eq } from 'drizzle-orm';
import { AppError } from '../../errors.ts';
import type { TSessionUser } from '../../trpc.ts';

export async function loadCampaignOr404(db: TDb, campaignId: string) {
  const [row] = await db.select().from(campaigns).where(eq(campaigns.id, campaignId));
  if (!row) throw new AppError('NOT_FOUND', `Campaign ${campaignId} does not exist`);
  return row;
}

/** Owners change their campaigns; admins any. */
export async function loadOwnCampaign(db: TDb, user: TSessionUser, campaignId: string) {
  const row = await loadCampaignOr404(db, campaignId);
  if (row.ownerId !== user.id && !user.roles.includes('admin')) throw new AppError('FORBIDDEN', `Campaign ${campaignId} belongs to another owner`);
  return row;
}
