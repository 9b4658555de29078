import { and, eq, sql } from 'drizzle-orm';
import { flows } from '@switchboard/drizzle';
import { z } from 'zod';
import { AppError } from '../../errors.ts';
import { getFlowOr404 } from '../../flows/load.ts';
import { ZDocumentJson, ZFlowKey } from '../../flows/schemas.ts';
import { roleProcedure } from '../../trpc.ts';

/**
 * Saves the working copy. Optimistic concurrency: the caller names the revision it edited; when someone saved
 * in between (another tab, a colleague), the save is refused with CONFLICT instead of silently overwriting.
 */
export const saveDraft = roleProcedure('designer', 'admin')
  .input(z.object({ key: ZFlowKey, draftRevision: z.number().int().positive(), document: ZDocumentJson }))
  .output(z.object({ key: z.string(), draftRevision: z.number().int(), updatedAt: z.string() }))
  .mutation(async ({ ctx, input }) => {
    if (input.document.key !== undefined && input.document.key !== input.key) {
      throw new AppError('INVALID_INPUT', `document.key "${String(input.document.key)}" differs from the flow key "${input.key}"`);
    }
    const name = typeof input.document.name === 'string' && input.document.name.trim() ? input.document.name : undefined;
    const description = typeof input.document.description === 'string' ? input.document.description : null;
    const [saved] = await ctx.db
      .update(flows)
      .set({ draft: input.document, draftRevision: sql`${flows.draftRevision} + 1`, updatedBy: ctx.user.username, updatedAt: new Date(), description, ...(name ? { name } : {}) })
      .where(and(eq(flows.key, input.key), eq(flows.draftRevision, input.draftRevision)))
      .returning();
    if (saved) return { key: saved.key, draftRevision: saved.draftRevision, updatedAt: saved.updatedAt.toISOString() };
    const current = await getFlowOr404(ctx.db, input.key);
    throw new AppError(
      'CONFLICT',
      `The draft of "${input.key}" was saved by ${current.updatedBy ?? 'someone'} at ${current.updatedAt.toISOString()} (revision ${current.draftRevision}); you edited revision ${input.draftRevision}. Reload the flow before saving.`,
      { currentRevision: current.draftRevision, updatedBy: current.updatedBy },
    );
  });
