/**
 * Which offer an inspector can check a node's text against. A `validate` node's offer is an expression; when it
 * is a literal (`={ "offer_id": … }`, JSON is valid JSONata) it is the offer. Otherwise the real offer exists only
 * at run time, and the author may paste a sample offer to check against. Pure, so it is unit-tested.
 */
import { MessageInputError, parseOffer, ZChannel, type TChannel, type TOffer } from '@switchboard/flows';

export type TOfferSource = { offer: TOffer | null; error: string | null };

/** The profile a node's channel names: `sms` on a notify is a service notification; `email` has no SMS rules. */
export function channelOf(kind: 'validate' | 'notify', channel: unknown): TChannel | null {
  if (kind === 'notify' && (channel === undefined || channel === 'sms')) return 'cn_sms_notification';
  const parsed = ZChannel.safeParse(channel);
  return parsed.success ? parsed.data : kind === 'validate' && channel === undefined ? 'cn_sms_marketing' : null;
}

export function offerFromJson(source: string): TOfferSource {
  if (source.trim() === '') return { offer: null, error: null };
  let value: unknown;
  try {
    value = JSON.parse(source);
  } catch (error) {
    return { offer: null, error: error instanceof Error ? error.message : String(error) };
  }
  try {
    return { offer: parseOffer(value), error: null };
  } catch (error) {
    if (error instanceof MessageInputError) return { offer: null, error: error.message };
    throw error;
  }
}

/** The node's own offer when its expression is a literal; `null` source means "not a literal". */
export function literalOffer(expression: unknown): TOfferSource | null {
  if (typeof expression !== 'string') return null;
  const body = expression.replace(/^=/, '').trim();
  if (!body.startsWith('{')) return null;
  const parsed = offerFromJson(body);
  return parsed.error !== null && /JSON|Unexpected|position/i.test(parsed.error) ? null : parsed;
}
