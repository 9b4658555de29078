import { z } from 'zod';
import { createApiToken } from '../../auth/api-tokens.ts';
import { recordAudit } from '../../audit.ts';
import { authedProcedure } from '../../trpc.ts';

/**
 * Creates a personal access token for the CLI (`SWITCHBOARD_TOKEN`). The secret is shown once, here; it acts
 * with the creator's roles at the time of each call.
 */
export const createToken = authedProcedure
  .input(z.object({ name: z.string().trim().min(1).max(100), expiresInDays: z.number().int().min(1).max(3650).optional() }))
  .output(z.object({ token: z.string(), id: z.string(), name: z.string(), expiresAt: z.string().nullable() }))
  .mutation(async ({ ctx, input }) => {
    const expiresAt = input.expiresInDays ? new Date(Date.now() + input.expiresInDays * 86_400_000) : null;
    const created = await createApiToken(ctx.db, ctx.user.id, input.name, expiresAt);
    await recordAudit(ctx.db, {
      actor: ctx.user.username, action: 'token.create', subjectType: 'api_token', subjectId: created.id, detail: { name: input.name },
    });
    return { ...created, expiresAt: created.expiresAt?.toISOString() ?? null };
  });
