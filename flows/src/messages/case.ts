/** The CLI's case file `{ offer, text, now? }` (extra keys such as `id` or `note` are ignored). */
import { z } from 'zod';
import { inputErrorFromZod, MessageInputError } from './errors.ts';
import { ZIsoDateTime, ZOffer } from './offer.ts';

export const ZMessageCase = z.object({
  offer: ZOffer,
  text: z.string(),
  now: ZIsoDateTime.optional(),
  /** Optional preview recipients (one variable map each) for TPL-002; not part of the spec's case file. */
  previewBindings: z.array(z.record(z.string(), z.unknown())).optional(),
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
