/**
 * Builds the tRPC context of one HTTP request: who is calling (Bearer token first, then session cookie) and
 * small request helpers. An unknown or expired credential simply means "anonymous"; procedures decide on 401.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Client } from '@temporalio/client';
import type { TDb } from '@switchboard/drizzle';
import { findApiToken, TOKEN_PREFIX } from '../auth/api-tokens.ts';
import type { LoginThrottle } from '../auth/login-throttle.ts';
import { parseCookies, SESSION_COOKIE } from '../auth/cookies.ts';
import { loadSessionUser } from '../auth/load-user.ts';
import { findSession } from '../auth/sessions.ts';
import type { TConfig } from '../config.ts';
import type { TContext, TRequestInfo } from '../trpc.ts';

export type TAppDeps = { db: TDb; temporal: Client; config: TConfig; loginThrottle: LoginThrottle };

function requestInfo(req: IncomingMessage, res: ServerResponse): TRequestInfo {
  const cookies: string[] = [];
  return {
    viaHttp: true,
    header: (name) => {
      const value = req.headers[name.toLowerCase()];
      return Array.isArray(value) ? value[0] : value;
    },
    clientAddress: req.socket.remoteAddress ?? 'unknown',
    setCookie: (cookie) => {
      cookies.push(cookie);
      res.setHeader('Set-Cookie', cookies);
    },
  };
}

export async function createHttpContext(deps: TAppDeps, req: IncomingMessage, res: ServerResponse): Promise<TContext> {
  const http = requestInfo(req, res);
  const base = { ...deps, http, user: null, auth: null };
  const bearer = /^Bearer\s+(\S+)$/i.exec(http.header('authorization') ?? '')?.[1];
  if (bearer?.startsWith(TOKEN_PREFIX)) {
    const token = await findApiToken(deps.db, bearer);
    const user = token ? await loadSessionUser(deps.db, token.userId) : null;
    return user && token ? { ...base, user, auth: { kind: 'token', tokenId: token.id } } : base;
  }
  const sessionToken = parseCookies(http.header('cookie')).get(SESSION_COOKIE);
  if (!sessionToken) return base;
  const session = await findSession(deps.db, sessionToken);
  const user = session ? await loadSessionUser(deps.db, session.userId) : null;
  if (!session || !user) return base;
  return { ...base, user, auth: { kind: 'session', sessionId: session.id, csrfToken: session.csrfToken } };
}
