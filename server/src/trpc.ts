/**
 * The tRPC base every procedure builds on. Each procedure declares who may call it through the builder it starts
 * from — `publicProcedure`, `authedProcedure` or `roleProcedure(...roles)` — and that declaration is also kept in
 * the procedure's `meta.access`, so the access test can enumerate every procedure of the router.
 */
import { initTRPC } from '@trpc/server';
import type { Client } from '@temporalio/client';
import { ROLES, type TDb, type TRole } from '@switchboard/drizzle';
import { z } from 'zod';
import { AppError, errorData, errorMessage } from './errors.ts';
import type { LoginThrottle } from './auth/login-throttle.ts';
import type { TConfig } from './config.ts';

export const ZSessionUser = z.object({
  id: z.string(),
  username: z.string(),
  displayName: z.string(),
  locale: z.string(),
  roles: z.array(z.enum(ROLES)),
  groups: z.array(z.string()),
});
export type TSessionUser = z.infer<typeof ZSessionUser>;

/** What the HTTP layer knows about the request; internal callers (createCaller, CLI, tests) use `internalHttp`. */
export type TRequestInfo = {
  /** false for in-process callers, which are not subject to CSRF checks. */
  viaHttp: boolean;
  header: (name: string) => string | undefined;
  setCookie: (cookie: string) => void;
  /** The client's network address (login throttling); absent for in-process callers. */
  clientAddress?: string;
};

export type TContext = {
  db: TDb;
  temporal: Client;
  user: TSessionUser | null;
  /** How `user` was authenticated: a browser session cookie, a personal access token, or in-process. */
  auth: { kind: 'session'; sessionId: string; csrfToken: string } | { kind: 'token'; tokenId: string } | { kind: 'internal' } | null;
  config: TConfig;
  http: TRequestInfo;
  /** Failed-login bookkeeping of this server process; in-process callers may leave it out. */
  loginThrottle?: LoginThrottle;
};

export const internalHttp: TRequestInfo = { viaHttp: false, header: () => undefined, setCookie: () => undefined };

/** Who may call a procedure. */
export type TAccess = 'public' | 'authed' | readonly TRole[];
export type TMeta = { access: TAccess };

const t = initTRPC
  .context<TContext>()
  .meta<TMeta>()
  .create({
    errorFormatter({ shape, error }) {
      return { ...shape, message: errorMessage(error), data: { ...shape.data, stack: undefined, ...errorData(error) } };
    },
  });

export const router = t.router;
export const createCallerFactory = t.createCallerFactory;
export const middleware = t.middleware;

export const CSRF_HEADER = 'x-switchboard-csrf';

/**
 * CSRF defence (docs/configuration.md, "Sessions and CSRF"): a mutation over HTTP must carry the custom header
 * `x-switchboard-csrf`. Browsers never send a custom header cross-site without a CORS preflight, which this
 * server never grants. With a session cookie the header must also equal the session's CSRF token.
 * Bearer-token calls carry no ambient credentials, so they need no header.
 */
const csrfGuard = t.middleware(({ ctx, type, next }) => {
  if (type !== 'mutation' || !ctx.http.viaHttp || ctx.auth?.kind === 'token') return next();
  const origin = ctx.http.header('origin');
  if (origin && !sameOrigin(origin, ctx.http.header('host'), ctx.config.publicOrigin)) {
    throw new AppError('CSRF_REJECTED', `Cross-origin request from ${origin} refused`);
  }
  const sent = ctx.http.header(CSRF_HEADER);
  if (!sent) throw new AppError('CSRF_REJECTED', `Missing ${CSRF_HEADER} header`);
  if (ctx.auth?.kind === 'session' && sent !== ctx.auth.csrfToken) {
    throw new AppError('CSRF_REJECTED', `The ${CSRF_HEADER} header does not match this session`);
  }
  return next();
});

function sameOrigin(origin: string, host: string | undefined, publicOrigin: string | null): boolean {
  if (publicOrigin !== null && origin === publicOrigin) return true;
  try {
    return host !== undefined && new URL(origin).host === host;
  } catch {
    return false;
  }
}

export const publicProcedure = t.procedure.meta({ access: 'public' }).use(csrfGuard);

const requireUser = t.middleware(({ ctx, next }) => {
  if (!ctx.user) throw new AppError('UNAUTHENTICATED', 'Sign in first');
  return next({ ctx: { ...ctx, user: ctx.user } });
});

/** Any signed-in user. */
export const authedProcedure = t.procedure.meta({ access: 'authed' }).use(requireUser).use(csrfGuard);

/** Signed-in users holding at least one of `roles`; others get 403. */
export function roleProcedure(...roles: [TRole, ...TRole[]]) {
  return t.procedure
    .meta({ access: roles })
    .use(requireUser)
    .use(({ ctx, next }) => {
      if (!ctx.user.roles.some((role) => roles.includes(role))) {
        throw new AppError('FORBIDDEN', `Requires one of the roles: ${roles.join(', ')}`);
      }
      return next();
    })
    .use(csrfGuard);
}
