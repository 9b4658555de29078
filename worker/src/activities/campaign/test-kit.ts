/** Test helpers for the campaign package: a demo offer, a campaign row with an audience, a context to call `run`. */
import { campaigns, recipients, users, type TDb } from '@switchboard/drizzle';
import type { TActivityContext } from '../../sdk/define-activity.ts';
import { createOutboxGateway } from '../../gateway/outbox-gateway.ts';
import { campaignContentHash } from './content-hash.ts';

/** The incident's offer (spec/message-rules.md): freeze 120 yuan released 10 a month, 10 GB a month for 3 months. */
export function demoOffer(over: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    offer_id: 'RET-A-2026-03', offer_name: '存费返还+流量月包', offer_type: 'retention',
    activation: { method: 'sms_reply', keyword: 'KT', deadline: '2099-03-31' },
    balance_freeze: { freeze_amount_cny: 120, release_per_month_cny: 10, release_months: 12, release_start: 'next_month' },
    benefits: [{ kind: 'data', amount: 10, unit: 'GB', basis: 'per_month', months: 3, scope: 'national_general', scope_label: '国内通用', start: 'next_month' }],
    fee_changes: [],
    conditions: [{ kind: 'commitment', months: 12, label: '需承诺在网12个月', must_disclose: true }],
    campaign: {
      channel: 'cn_sms_marketing', message_type: 'marketing', signature: '【示例电信】', unsubscribe_text: '回复R退订',
      send_window: { start: '08:00', end: '21:00', tz: 'Asia/Shanghai' }, max_segments: 3, url_allowlist: [],
      send_at: '2099-03-10T10:00:00+08:00', audience_size: 3, throughput_per_sec: 200,
    },
    ...over,
  };
}

export async function insertCampaign(db: TDb, id: string, phones: string[], text = '【示例电信】{{name}}您好，回复KT办理。回复R退订') {
  const ownerId = `u-owner-${id}`;
  await db.insert(users).values({ id: ownerId, username: `owner-${id}`, displayName: 'Owner', passwordHash: 'x' }).onConflictDoNothing();
  const audienceId = `aud-${id}`;
  if (phones.length > 0) await db.insert(recipients).values(phones.map((phone, i) => ({ audienceId, phone, name: `客户${i}` })));
  const content = { text, offer: demoOffer(), audienceId, sendAt: '2099-03-10T02:00:00.000Z', throughputPerSec: 200, channel: 'cn_sms_marketing' };
  await db.insert(campaigns).values({ id, name: `Campaign ${id}`, ownerId, ownerEmail: 'owner@example.com', text, offer: content.offer, audienceId, sendAt: new Date(content.sendAt), contentHash: campaignContentHash(content) });
  return { audienceId, ownerId };
}

export function contextFor(db: TDb, idempotencyKey: string): TActivityContext {
  return {
    deps: { db, gateway: createOutboxGateway(db), clock: () => new Date(), http: fetch, services: {} },
    logger: { info() {}, warn() {} },
    heartbeat() {},
    idempotencyKey,
    attempt: 1,
    signal: new AbortController().signal,
  };
}
