/** Shapes shared by the flows procedures (inputs and outputs), so every procedure file stays a few lines. */
import { z } from 'zod';
import { ZDiagnostic } from '@switchboard/flows/catalog/types';

export const ZFlowKey = z.string().regex(/^[a-z0-9][a-z0-9-]{2,63}$/, 'must match [a-z0-9][a-z0-9-]{2,63}');
/** A flow document as JSON; its format is checked by the compiler (diagnostics), not here, so drafts can be broken. */
export const ZDocumentJson = z.record(z.string(), z.unknown());

export const ZVersionSummary = z.object({
  version: z.number().int(),
  planHash: z.string(),
  author: z.string(),
  note: z.string(),
  createdAt: z.string(),
  hasParamOverrides: z.boolean(),
});

export const ZDiagnostics = z.array(ZDiagnostic);

export const ZPublishResult = z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true), version: z.number().int(), planHash: z.string(), diagnostics: ZDiagnostics }),
  z.object({ ok: z.literal(false), diagnostics: ZDiagnostics }),
]);
