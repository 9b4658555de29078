import { z } from 'zod';
import { compileOnServer } from '../../flows/compile.ts';
import { ZDiagnostics } from '../../flows/schemas.ts';
import { authedProcedure } from '../../trpc.ts';

/**
 * Compiles a document against the live catalog without saving anything: the diagnostics publish would give.
 * A mutation only so large documents travel in a POST body rather than a URL.
 */
export const check = authedProcedure
  .input(z.object({ document: z.unknown() }))
  .output(z.object({ ok: z.boolean(), diagnostics: ZDiagnostics, planHash: z.string().nullable() }))
  .mutation(async ({ ctx, input }) => {
    const result = await compileOnServer(ctx.db, input.document);
    return { ok: result.ok, diagnostics: result.diagnostics, planHash: result.plan?.hash ?? null };
  });
