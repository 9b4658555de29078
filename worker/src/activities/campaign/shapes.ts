/** Shapes shared by the campaign activities (one definition each; the catalog JSON Schemas come from these). */
import { z } from 'zod';

export const ZCampaignId = z.object({ campaignId: z.string().min(1) }).strict();
export const ZCampaignChannel = z.enum(['cn_sms_marketing', 'cn_sms_notification', 'intl_sms']);

/** One audience member as pages carry it (ids are strings so a cursor survives JSON and the workflow). */
export const ZAudienceItem = z.object({ recipientId: z.string().min(1), phone: z.string().min(1), name: z.string().optional() }).strict();
export type TAudienceItem = z.infer<typeof ZAudienceItem>;

/** The audience of test numbers a test send may reach; anything else is refused. */
export const TEST_NUMBERS_AUDIENCE = 'test-numbers';
/** Channel name in the outbox for campaign SMS. */
export const SMS_CHANNEL = 'sms';
