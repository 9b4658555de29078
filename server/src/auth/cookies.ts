/** Minimal cookie parsing/serialising for the two cookies the app sets. */
export const SESSION_COOKIE = 'sb_session';
/** Readable by the web app so it can send the CSRF header after a page reload; useless without the session. */
export const CSRF_COOKIE = 'sb_csrf';

export function parseCookies(header: string | undefined): Map<string, string> {
  const out = new Map<string, string>();
  for (const part of (header ?? '').split(';')) {
    const eq = part.indexOf('=');
    if (eq <= 0) continue;
    const name = part.slice(0, eq).trim();
    const raw = part.slice(eq + 1).trim();
    try {
      out.set(name, decodeURIComponent(raw));
    } catch {
      // A malformed cookie from another app on the same host is ignored, not fatal.
    }
  }
  return out;
}

export type TCookieOptions = { httpOnly: boolean; secure: boolean; maxAgeSeconds: number };

export function serializeCookie(name: string, value: string, options: TCookieOptions): string {
  const parts = [`${name}=${encodeURIComponent(value)}`, 'Path=/', 'SameSite=Lax', `Max-Age=${Math.max(0, Math.floor(options.maxAgeSeconds))}`];
  if (options.httpOnly) parts.push('HttpOnly');
  if (options.secure) parts.push('Secure');
  return parts.join('; ');
}
