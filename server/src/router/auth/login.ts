import { eq } from 'drizzle-orm';
import { users } from '@switchboard/drizzle';
import { z } from 'zod';
import { verifyPasswordOrDummy } from '../../auth/passwords.ts';
import { setSessionCookies } from '../../auth/session-cookies.ts';
import { createSession } from '../../auth/sessions.ts';
import { loadSessionUser } from '../../auth/load-user.ts';
import { AppError } from '../../errors.ts';
import { publicProcedure, ZSessionUser } from '../../trpc.ts';

/** One message for unknown user, wrong password and disabled user, so the API never reveals which users exist. */
export const LOGIN_FAILED = 'Wrong username or password';

export const login = publicProcedure
  .input(z.object({ username: z.string().trim().min(1).max(200), password: z.string().min(1).max(1000) }))
  .output(z.object({ user: ZSessionUser, csrfToken: z.string() }))
  .mutation(async ({ ctx, input }) => {
    const address = ctx.http.clientAddress ?? 'in-process';
    const wait = ctx.loginThrottle?.retryAfterSeconds(address, input.username) ?? 0;
    if (wait > 0) throw new AppError('RATE_LIMITED', `Too many failed logins; try again in ${Math.ceil(wait / 60)} minute(s)`);
    const [row] = await ctx.db.select().from(users).where(eq(users.username, input.username));
    const ok = await verifyPasswordOrDummy(row?.passwordHash ?? null, input.password);
    const user = ok && row ? await loadSessionUser(ctx.db, row.id) : null;
    if (!user) {
      ctx.loginThrottle?.recordFailure(address, input.username);
      throw new AppError('UNAUTHENTICATED', LOGIN_FAILED);
    }
    ctx.loginThrottle?.recordSuccess(address, input.username);
    const session = await createSession(ctx.db, user.id, ctx.config.sessionTtlMs);
    setSessionCookies(ctx, session.token, session.csrfToken, session.expiresAt);
    return { user, csrfToken: session.csrfToken };
  });
