/** Sets or clears the session and CSRF cookies on the response of the current request. */
import type { TContext } from '../trpc.ts';
import { CSRF_COOKIE, serializeCookie, SESSION_COOKIE } from './cookies.ts';

export function setSessionCookies(ctx: TContext, token: string, csrfToken: string, expiresAt: Date): void {
  const maxAgeSeconds = (expiresAt.getTime() - Date.now()) / 1000;
  const secure = ctx.config.cookieSecure;
  ctx.http.setCookie(serializeCookie(SESSION_COOKIE, token, { httpOnly: true, secure, maxAgeSeconds }));
  ctx.http.setCookie(serializeCookie(CSRF_COOKIE, csrfToken, { httpOnly: false, secure, maxAgeSeconds }));
}

export function clearSessionCookies(ctx: TContext): void {
  const secure = ctx.config.cookieSecure;
  ctx.http.setCookie(serializeCookie(SESSION_COOKIE, '', { httpOnly: true, secure, maxAgeSeconds: 0 }));
  ctx.http.setCookie(serializeCookie(CSRF_COOKIE, '', { httpOnly: false, secure, maxAgeSeconds: 0 }));
}
