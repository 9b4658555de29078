import { desc, eq } from 'drizzle-orm';
import { apiTokens } from '@switchboard/drizzle';
import { z } from 'zod';
import { authedProcedure } from '../../trpc.ts';

/** The caller's personal access tokens (never the secrets, which are not stored). */
export const listTokens = authedProcedure
  .output(z.array(z.object({ id: z.string(), name: z.string(), createdAt: z.string(), expiresAt: z.string().nullable(), lastUsedAt: z.string().nullable() })))
  .query(async ({ ctx }) => {
    const rows = await ctx.db.select().from(apiTokens).where(eq(apiTokens.userId, ctx.user.id)).orderBy(desc(apiTokens.createdAt));
    return rows.map((r) => ({
      id: r.id.slice(0, 12), name: r.name, createdAt: r.createdAt.toISOString(),
      expiresAt: r.expiresAt?.toISOString() ?? null, lastUsedAt: r.lastUsedAt?.toISOString() ?? null,
    }));
  });
