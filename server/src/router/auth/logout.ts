import { z } from 'zod';
import { clearSessionCookies } from '../../auth/session-cookies.ts';
import { deleteSession } from '../../auth/sessions.ts';
import { authedProcedure } from '../../trpc.ts';

/** Ends the browser session (the row is deleted, so the old cookie is useless even if kept). */
export const logout = authedProcedure.output(z.object({ ok: z.literal(true) })).mutation(async ({ ctx }) => {
  if (ctx.auth?.kind === 'session') await deleteSession(ctx.db, ctx.auth.sessionId);
  clearSessionCookies(ctx);
  return { ok: true as const };
});
