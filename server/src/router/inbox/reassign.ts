/** inbox.reassign — replace a task's assignees (operators, admins, supervisors); the reason goes to the audit log. */
import { inArray } from 'drizzle-orm';
import { groups as groupsTable, users } from '@switchboard/drizzle';
import { z } from 'zod';
import { AppError } from '../../errors.ts';
import { changeTask } from './change-task.ts';
import { inboxProcedure } from './procedure.ts';
import { ZRequestId, ZTaskId } from './load-task.ts';
import { ZTaskItem } from './task-view.ts';
import { mayReassign } from './visibility.ts';

export const reassign = inboxProcedure
  .input(
    z.object({
      taskId: ZTaskId,
      groups: z.array(z.string().min(1)).max(20).default([]),
      /** Usernames. */
      users: z.array(z.string().min(1)).max(20).default([]),
      reason: z.string().min(1).max(2000),
      requestId: ZRequestId.optional(),
    }),
  )
  .output(ZTaskItem)
  .mutation(async ({ ctx, input }) => {
    if (!mayReassign(ctx.user)) throw new AppError('FORBIDDEN', 'Only operators, admins and supervisors may reassign tasks');
    const knownGroups = input.groups.length ? await ctx.db.select({ id: groupsTable.id }).from(groupsTable).where(inArray(groupsTable.id, input.groups)) : [];
    const unknownGroups = input.groups.filter((g) => !knownGroups.some((k) => k.id === g));
    if (unknownGroups.length) throw new AppError('INVALID_INPUT', `Invalid input: groups: unknown group ${unknownGroups.join(', ')}`);
    const found = input.users.length
      ? await ctx.db.select({ id: users.id, username: users.username }).from(users).where(inArray(users.username, input.users))
      : [];
    const unknownUsers = input.users.filter((u) => !found.some((f) => f.username === u));
    if (unknownUsers.length) throw new AppError('INVALID_INPUT', `Invalid input: users: unknown user ${unknownUsers.join(', ')}`);
    return changeTask(ctx, input.taskId, input.requestId, { kind: 'reassign', groups: input.groups, users: found.map((f) => f.id), reason: input.reason });
  });
