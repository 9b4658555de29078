/** The offer document of spec/message-rules.md as zod schemas: the single source of the offer's types. */
import { z } from 'zod';
import { inputErrorFromZod } from './errors.ts';
import { isCalendarDate, isTimeZone, parseIsoDateTime } from './time.ts';

const ZIsoDate = z.string().refine((s) => {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  return m !== null && isCalendarDate(Number(m[1]), Number(m[2]), Number(m[3]));
}, 'expected a calendar date YYYY-MM-DD');

const ZClock = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$|^24:00$/, 'expected a time HH:MM (24-hour)');

export const ZIsoDateTime = z.string().refine((s) => parseIsoDateTime(s) !== null,
  'expected an ISO date-time such as 2026-03-10T10:00:00+08:00');

/** Where a benefit counts: the four scope qualifiers the rules compare (国内通用 / 省内 / 定向 / 夜间). */
export const ZScope = z.enum(['national_general', 'provincial', 'targeted', 'night']);
export type TScope = z.infer<typeof ZScope>;

export const ZBenefit = z.object({
  kind: z.enum(['data', 'data_addon', 'voice']),
  amount: z.number().nonnegative(),
  unit: z.enum(['GB', 'MB', 'min']),
  basis: z.enum(['per_month', 'one_time']),
  months: z.number().int().positive().optional(),
  validity_days: z.number().int().positive().optional(),
  scope: ZScope.optional(),
  scope_label: z.string().optional(),
  /** `next_month`, `immediate` / `this_month`, or an ISO date. */
  start: z.string().optional(),
}).superRefine((b, ctx) => {
  const voice = b.kind === 'voice';
  if (voice !== (b.unit === 'min')) {
    ctx.addIssue({ code: 'custom', path: ['unit'], message: voice ? 'a voice benefit is counted in "min"' : 'a data benefit is counted in "GB" or "MB"' });
  }
});
export type TBenefit = z.infer<typeof ZBenefit>;

export const ZFeeChange = z.object({
  kind: z.enum(['monthly_fee_discount', 'monthly_fee', 'intro_price']),
  amount_cny: z.number().nonnegative(),
  months: z.number().int().positive().optional(),
  start: z.string().optional(),
});
export type TFeeChange = z.infer<typeof ZFeeChange>;

export const ZCondition = z.object({
  kind: z.enum(['commitment', 'eligibility', 'no_carry_over']),
  months: z.number().int().positive().optional(),
  label: z.string().min(1),
  must_disclose: z.boolean().default(false),
});
export type TCondition = z.infer<typeof ZCondition>;

export const ZBalanceFreeze = z.object({
  freeze_amount_cny: z.number().positive(),
  release_per_month_cny: z.number().positive(),
  release_months: z.number().int().positive(),
  release_start: z.string().optional(),
});

export const ZChannel = z.enum(['cn_sms_marketing', 'cn_sms_notification', 'intl_sms']);
export type TChannel = z.infer<typeof ZChannel>;

export const ZCampaign = z.object({
  channel: ZChannel,
  message_type: z.enum(['marketing', 'notification']),
  signature: z.string().min(1),
  unsubscribe_text: z.string(),
  send_window: z.object({
    start: ZClock,
    end: ZClock,
    tz: z.string().refine(isTimeZone, 'expected an IANA time zone such as Asia/Shanghai'),
  }),
  max_segments: z.number().int().positive(),
  url_allowlist: z.array(z.string()),
  send_at: ZIsoDateTime,
  audience_size: z.number().int().nonnegative(),
  throughput_per_sec: z.number().positive(),
});
export type TCampaign = z.infer<typeof ZCampaign>;

export const ZOffer = z.object({
  offer_id: z.string().min(1),
  offer_name: z.string(),
  offer_type: z.enum(['retention', 'upsell', 'notification']),
  activation: z.object({
    method: z.string().min(1),
    keyword: z.string(),
    deadline: ZIsoDate,
  }),
  balance_freeze: ZBalanceFreeze.nullable(),
  benefits: z.array(ZBenefit),
  fee_changes: z.array(ZFeeChange),
  conditions: z.array(ZCondition),
  details_url: z.string().optional(),
  campaign: ZCampaign,
});
/** A validated offer (what the rules read). */
export type TOffer = z.infer<typeof ZOffer>;

/** Validates an outside value as an offer; throws MessageInputError naming the first wrong field (`offer.…`). */
export function parseOffer(value: unknown): TOffer {
  const result = ZOffer.safeParse(value);
  if (!result.success) throw inputErrorFromZod('offer', result.error);
  return result.data;
}
