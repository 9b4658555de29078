/** Reads one task the caller may see; a task that does not exist and one they may not see are the same 404. */
import { and, eq } from 'drizzle-orm';
import { tasks, users, type TDb } from '@switchboard/drizzle';
import { z } from 'zod';
import { AppError } from '../../errors.ts';
import { visibleTo, type TInboxUser } from './visibility.ts';

export const ZTaskId = z.string().min(1).max(300);
/** A client-chosen id for one user action (the UI makes one per form); resubmitting it is applied once. */
export const ZRequestId = z.string().regex(/^[A-Za-z0-9_-]{8,100}$/, 'use 8-100 letters, digits, - or _');

export async function loadVisibleTask(db: TDb, user: TInboxUser, taskId: string) {
  const [row] = await db
    .select({ task: tasks, claimer: users.username })
    .from(tasks)
    .leftJoin(users, eq(users.id, tasks.claimedBy))
    .where(and(eq(tasks.id, taskId), visibleTo(user)));
  if (!row) throw new AppError('NOT_FOUND', `No task ${taskId} in your inbox`);
  return row;
}

export async function loadOpenTask(db: TDb, user: TInboxUser, taskId: string) {
  const row = await loadVisibleTask(db, user, taskId);
  if (row.task.status !== 'open') throw new AppError('CONFLICT', `Task ${taskId} is ${row.task.status}${row.task.outcome ? ` (${row.task.outcome})` : ''}`);
  return row;
}

/** Server-side fallback when a client sends no request id: the action is then not deduplicated. */
export function requestIdOr(requestId: string | undefined): string {
  return requestId ?? crypto.randomUUID();
}
