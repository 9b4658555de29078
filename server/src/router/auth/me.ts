import { z } from 'zod';
import { authedProcedure, ZSessionUser } from '../../trpc.ts';

/** The signed-in user and, for browser sessions, the CSRF token to send with mutations. */
export const me = authedProcedure
  .output(z.object({ user: ZSessionUser, csrfToken: z.string().nullable() }))
  .query(({ ctx }) => ({ user: ctx.user, csrfToken: ctx.auth?.kind === 'session' ? ctx.auth.csrfToken : null }));
