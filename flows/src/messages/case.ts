/** The CLI's case file `{ offer, text, now? }` (extra keys such as `id` or `note` are ignored). */
import { z } from 'zod';
import { inputErrorFromZod, MessageInputError } from './errors.ts';
import { ZIsoDateTime, ZOffer } from './offer.ts';

export const ZMessageCase = z.object({
  offer: ZOffer,
  text: z.string(),
  now: ZIsoDateTime.optional(),
});
export type TMessageCase = z.infer<typeof ZMessageCase>;

export function parseMessageCase(value: unknown): TMessageCase {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new MessageInputError([{ path: '(input)', message: 'expected a JSON object { "offer": {…}, "text": "…" }' }]);
  }
  const result = ZMessageCase.safeParse(value);
  if (!result.success) throw inputErrorFromZod('', result.error);
  return result.data;
}
