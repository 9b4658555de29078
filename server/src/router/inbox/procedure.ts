/**
 * The builder of every inbox procedure: any signed-in user, plus acting as another user for the task CLI's `--as`
 * (server/src/cli/TASK-CLI.md). `x-switchboard-as: <username>` is honoured ONLY when this server runs in embedded
 * dev mode or the caller authenticated with an admin's API token; anywhere else it is a 403. Every use is audited.
 */
import { eq } from 'drizzle-orm';
import { users } from '@switchboard/drizzle';
import { loadSessionUser } from '../../auth/load-user.ts';
import { recordAudit } from '../../audit.ts';
import { AppError } from '../../errors.ts';
import { middleware, publicProcedure } from '../../trpc.ts';

export const ACT_AS_HEADER = 'x-switchboard-as';

const actAs = middleware(async ({ ctx, path, next }) => {
  const username = ctx.http.header(ACT_AS_HEADER);
  if (username === undefined || username === '') return next();
  const adminToken = ctx.auth?.kind === 'token' && ctx.user?.roles.includes('admin') === true;
  // Embedded mode trusts only this machine: even a server bound to another interface by mistake must not
  // let a remote caller act as anyone.
  const fromLoopback = isLoopback(ctx.http.clientAddress ?? '');
  if (!adminToken && !(ctx.config.embedded && fromLoopback)) {
    throw new AppError('FORBIDDEN', `${ACT_AS_HEADER} (--as) needs an embedded dev server called from this machine, or an admin API token`);
  }
  const [row] = await ctx.db.select({ id: users.id }).from(users).where(eq(users.username, username));
  const user = row ? await loadSessionUser(ctx.db, row.id) : null;
  if (!user) throw new AppError('INVALID_INPUT', `${ACT_AS_HEADER}: no active user named "${username}"`);
  await recordAudit(ctx.db, {
    actor: ctx.user?.username ?? 'embedded-cli',
    action: 'auth.act-as',
    subjectType: 'user',
    subjectId: user.id,
    reason: adminToken ? 'admin token' : 'embedded dev mode',
    detail: { as: user.username, procedure: path },
  });
  return next({ ctx: { ...ctx, user } });
});

function isLoopback(address: string): boolean {
  return address === '::1' || address.startsWith('127.') || address.startsWith('::ffff:127.');
}

const requireUser = middleware(({ ctx, next }) => {
  if (!ctx.user) throw new AppError('UNAUTHENTICATED', 'Sign in first');
  return next({ ctx: { ...ctx, user: ctx.user } });
});

/** Declared `authed` (the access test holds it to that): anonymous callers get 401 unless acting through `--as`. */
export const inboxProcedure = publicProcedure.meta({ access: 'authed' }).use(actAs).use(requireUser);
