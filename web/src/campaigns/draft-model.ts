/**
 * The campaign editor's form state and its conversion to the API's draft: the offer is edited as a form and
 * validated with the same zod schema the server uses; the campaign block of the offer (send time, audience size,
 * throughput) follows the schedule fields so the rules see what will really happen.
 */
import { profileFor, ZOffer, type TChannel } from '@switchboard/flows';
import type { z } from 'zod';
import type { RouterInputs, RouterOutputs } from '../lib/trpc.ts';

export type TOfferForm = z.input<typeof ZOffer>;
export type TBenefitForm = TOfferForm['benefits'][number];
export type TDraftForm = { name: string; ownerEmail: string; audienceId: string; sendAtLocal: string; throughputPerSec: number; text: string; offer: TOfferForm };
type TDraftInput = RouterInputs['campaigns']['create'];

const pad = (n: number) => String(n).padStart(2, '0');
/** `YYYY-MM-DDTHH:mm` in the browser's zone, what `<input type="datetime-local">` takes. */
export function toLocalInput(date: Date): string {
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

export function emptyDraft(now = new Date(), channel: TChannel = 'cn_sms_marketing'): TDraftForm {
  const profile = profileFor(channel);
  const sendAt = new Date(now.getTime() + 86_400_000);
  const deadline = new Date(now.getTime() + 30 * 86_400_000).toISOString().slice(0, 10);
  return {
    name: '', ownerEmail: '', audienceId: 'demo', sendAtLocal: toLocalInput(sendAt), throughputPerSec: 200, text: '',
    offer: {
      offer_id: '', offer_name: '', offer_type: 'retention',
      activation: { method: 'sms_reply', keyword: '', deadline },
      balance_freeze: null, benefits: [], fee_changes: [], conditions: [],
      campaign: {
        channel, message_type: 'marketing', signature: '', unsubscribe_text: profile.optOut.requiredWording,
        send_window: { ...profile.defaultWindow }, max_segments: profile.defaultMaxSegments, url_allowlist: [],
        send_at: sendAt.toISOString(), audience_size: 0, throughput_per_sec: 200,
      },
    },
  };
}

export function fromCampaign(c: RouterOutputs['campaigns']['get']['campaign']): TDraftForm {
  const offer = ZOffer.safeParse(c.offer);
  const base = emptyDraft();
  return { name: c.name, ownerEmail: c.ownerEmail, audienceId: c.audienceId, sendAtLocal: toLocalInput(new Date(c.sendAt)), throughputPerSec: c.throughputPerSec, text: c.text, offer: offer.success ? offer.data : base.offer };
}

/** The offer as the rules and the API see it, with the schedule folded in; issues name the fields. */
export function offerOf(form: TDraftForm, audienceSize: number) {
  const sendAt = new Date(form.sendAtLocal);
  const withSchedule = {
    ...form.offer,
    campaign: { ...form.offer.campaign, send_at: Number.isNaN(sendAt.getTime()) ? '' : sendAt.toISOString(), audience_size: audienceSize, throughput_per_sec: form.throughputPerSec },
  };
  const parsed = ZOffer.safeParse(withSchedule);
  return parsed.success
    ? { offer: parsed.data, issues: [] }
    : { offer: null, issues: parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`) };
}

export function toDraftInput(form: TDraftForm, audienceSize: number): TDraftInput | null {
  const { offer } = offerOf(form, audienceSize);
  if (!offer) return null;
  return { name: form.name, ownerEmail: form.ownerEmail, channel: offer.campaign.channel, text: form.text, offer, audienceId: form.audienceId, sendAt: offer.campaign.send_at, throughputPerSec: form.throughputPerSec };
}
