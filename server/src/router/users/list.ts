import { asc } from 'drizzle-orm';
import { groupMembers, userRoles, users } from '@switchboard/drizzle';
import { z } from 'zod';
import { roleProcedure, ZSessionUser } from '../../trpc.ts';

/** Every user with roles and groups (administration screen). */
export const list = roleProcedure('admin')
  .output(z.array(ZSessionUser.extend({ disabled: z.boolean() })))
  .query(async ({ ctx }) => {
    const rows = await ctx.db.select().from(users).orderBy(asc(users.username));
    const roles = await ctx.db.select().from(userRoles);
    const members = await ctx.db.select().from(groupMembers);
    return rows.map((u) => ({
      id: u.id,
      username: u.username,
      displayName: u.displayName,
      locale: u.locale,
      disabled: u.disabled,
      roles: roles.filter((r) => r.userId === u.id).map((r) => r.role).sort(),
      groups: members.filter((m) => m.userId === u.id).map((m) => m.groupId).sort(),
    }));
  });
