/**
 * Checks a message against its offer with the same engine the editor, the CLI and the `validate` node use. A
 * mutation only so a 100 KB text travels in a POST body rather than a URL; it writes nothing. A bad offer is a
 * 400 whose message names the field (`offer.benefits[0].amount: …`).
 */
import { checkMessage, countSegments, extractClaims, MessageInputError, parseOffer, profileFor } from '@switchboard/flows';
import { z } from 'zod';
import { AppError } from '../../errors.ts';
import { authedProcedure } from '../../trpc.ts';
import { ZCheckReportOut, ZMessageText, ZProfileRef } from './schemas.ts';

export const check = authedProcedure
  .input(z.object({
    text: ZMessageText,
    offer: z.unknown(),
    profile: ZProfileRef.optional(),
    now: z.iso.datetime({ offset: true }).optional(),
    previewBindings: z.array(z.record(z.string(), z.unknown())).max(50).optional(),
  }))
  .output(ZCheckReportOut)
  .mutation(({ input }) => {
    const offer = parseOrBadRequest(input.offer);
    const profile = input.profile === undefined ? profileFor(offer.campaign.channel)
      : typeof input.profile === 'string' ? profileFor(input.profile) : input.profile;
    const report = checkMessage({
      text: input.text, offer, profile,
      ...(input.now === undefined ? {} : { now: input.now }),
      ...(input.previewBindings === undefined ? {} : { previewBindings: input.previewBindings }),
    });
    const errors = report.findings.filter((f) => f.severity === 'error').length;
    return {
      ...report, errors, warnings: report.findings.length - errors,
      claims: extractClaims(input.text, offer), segments: countSegments(input.text, profile),
    };
  });

function parseOrBadRequest(raw: unknown) {
  try {
    return parseOffer(raw);
  } catch (error) {
    if (error instanceof MessageInputError) {
      throw new AppError('INVALID_INPUT', `Invalid input: ${error.message}`, { fields: error.issues });
    }
    throw error;
  }
}
