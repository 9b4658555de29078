/**
 * Personal access tokens (`sbp_…`) for the CLI and scripts, sent as `Authorization: Bearer <token>`. They act
 * as the user who created them, with that user's current roles; only their sha-256 is stored.
 */
import { and, eq, gt, isNull, or } from 'drizzle-orm';
import { apiTokens, type TDb } from '@switchboard/drizzle';
import { randomSecret, sha256 } from './secrets.ts';

export const TOKEN_PREFIX = 'sbp_';

export async function createApiToken(db: TDb, userId: string, name: string, expiresAt: Date | null) {
  const token = randomSecret(TOKEN_PREFIX);
  const id = sha256(token);
  await db.insert(apiTokens).values({ id, userId, name, expiresAt });
  return { token, id: id.slice(0, 12), name, expiresAt };
}

export async function findApiToken(db: TDb, token: string) {
  const now = new Date();
  const [row] = await db
    .select()
    .from(apiTokens)
    .where(and(eq(apiTokens.id, sha256(token)), or(isNull(apiTokens.expiresAt), gt(apiTokens.expiresAt, now))));
  if (!row) return null;
  await db.update(apiTokens).set({ lastUsedAt: now }).where(eq(apiTokens.id, row.id));
  return row;
}
