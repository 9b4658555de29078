import { and, eq, like } from 'drizzle-orm';
import { apiTokens } from '@switchboard/drizzle';
import { z } from 'zod';
import { recordAudit } from '../../audit.ts';
import { AppError } from '../../errors.ts';
import { authedProcedure } from '../../trpc.ts';

/** Revokes one of the caller's tokens by the id listTokens shows (the first 12 hex digits of its hash). */
export const revokeToken = authedProcedure
  .input(z.object({ id: z.string().regex(/^[0-9a-f]{12}$/, 'must be the 12-character id from listTokens') }))
  .output(z.object({ ok: z.literal(true) }))
  .mutation(async ({ ctx, input }) => {
    const deleted = await ctx.db.delete(apiTokens).where(and(eq(apiTokens.userId, ctx.user.id), like(apiTokens.id, `${input.id}%`))).returning();
    if (deleted.length === 0) throw new AppError('NOT_FOUND', `You have no token ${input.id}`);
    await recordAudit(ctx.db, { actor: ctx.user.username, action: 'token.revoke', subjectType: 'api_token', subjectId: input.id });
    return { ok: true as const };
  });
