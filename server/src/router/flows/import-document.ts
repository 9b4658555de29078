import { eq, sql } from 'drizzle-orm';
import { flows } from '@switchboard/drizzle';
import { z } from 'zod';
import { AppError } from '../../errors.ts';
import { ZFlowKey } from '../../flows/schemas.ts';
import { roleProcedure } from '../../trpc.ts';

/**
 * Creates a flow from a document (new flow, file import, copy from git). An existing flow is only replaced
 * when `replaceDraft` is set, and then it behaves like saveDraft (its revision goes up; versions stay).
 */
export const importDocument = roleProcedure('designer', 'admin')
  .input(z.object({
    document: z.object({ key: ZFlowKey, name: z.string().trim().min(1).max(200), description: z.string().optional() }).catchall(z.unknown()),
    replaceDraft: z.boolean().default(false),
  }))
  .output(z.object({ key: z.string(), draftRevision: z.number().int(), created: z.boolean() }))
  .mutation(async ({ ctx, input }) => {
    const { key, name, description } = input.document;
    const values = { draft: input.document, name, description: description ?? null, updatedBy: ctx.user.username, updatedAt: new Date() };
    const [created] = await ctx.db.insert(flows).values({ key, ...values, createdBy: ctx.user.username })
      .onConflictDoNothing().returning();
    if (created) return { key: created.key, draftRevision: created.draftRevision, created: true };
    if (!input.replaceDraft) throw new AppError('ALREADY_EXISTS', `A flow with key "${key}" already exists; import with replaceDraft to overwrite its draft`);
    const [replaced] = await ctx.db.update(flows).set({ ...values, draftRevision: sql`${flows.draftRevision} + 1` })
      .where(eq(flows.key, key)).returning();
    if (!replaced) throw new AppError('NOT_FOUND', `Flow "${key}" disappeared while importing`);
    return { key: replaced.key, draftRevision: replaced.draftRevision, created: false };
  });
