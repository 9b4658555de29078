/**
 * Browser sessions: a random token in an httpOnly cookie, its sha-256 as the row id, and a per-session CSRF
 * token the web app echoes in the `x-switchboard-csrf` header on every mutation.
 */
import { and, eq, gt, lt } from 'drizzle-orm';
import { sessions, type TDb } from '@switchboard/drizzle';
import { randomSecret, sha256 } from './secrets.ts';

export async function createSession(db: TDb, userId: string, ttlMs: number) {
  const token = randomSecret();
  const csrfToken = randomSecret();
  const expiresAt = new Date(Date.now() + ttlMs);
  await db.insert(sessions).values({ id: sha256(token), userId, csrfToken, expiresAt });
  // Opportunistic clean-up keeps the table small without a scheduler.
  await db.delete(sessions).where(and(eq(sessions.userId, userId), lt(sessions.expiresAt, new Date())));
  return { token, csrfToken, expiresAt };
}

export async function findSession(db: TDb, token: string) {
  const [row] = await db
    .select()
    .from(sessions)
    .where(and(eq(sessions.id, sha256(token)), gt(sessions.expiresAt, new Date())));
  return row ?? null;
}

export async function deleteSession(db: TDb, sessionId: string): Promise<void> {
  await db.delete(sessions).where(eq(sessions.id, sessionId));
}
