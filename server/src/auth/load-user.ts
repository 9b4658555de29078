/** Loads a signed-in user with roles and group ids, as procedures see it in `ctx.user`. */
import { eq } from 'drizzle-orm';
import { groupMembers, userRoles, users, type TDb } from '@switchboard/drizzle';
import type { TSessionUser } from '../trpc.ts';

export async function loadSessionUser(db: TDb, userId: string): Promise<TSessionUser | null> {
  const [user] = await db.select().from(users).where(eq(users.id, userId));
  if (!user || user.disabled) return null;
  const roles = await db.select({ role: userRoles.role }).from(userRoles).where(eq(userRoles.userId, userId));
  const groups = await db.select({ id: groupMembers.groupId }).from(groupMembers).where(eq(groupMembers.userId, userId));
  return {
    id: user.id,
    username: user.username,
    displayName: user.displayName,
    locale: user.locale,
    roles: roles.map((r) => r.role).sort(),
    groups: groups.map((g) => g.id).sort(),
  };
}
