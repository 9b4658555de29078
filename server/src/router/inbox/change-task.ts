/**
 * Shared path of claim, unclaim, reassign and delegate: load the visible open task, send the change to the run
 * (its validator checks it against the live task; the workflow then projects it and audits who, when and why),
 * and answer with the task as the inbox now shows it.
 */
import type { TDb } from '@switchboard/drizzle';
import type { Client } from '@temporalio/client';
import type { TTaskChangeInput } from '@switchboard/worker/workflows/nodes/review-messages';
import type { TSessionUser } from '../../trpc.ts';
import { loadOpenTask, loadVisibleTask, requestIdOr } from './load-task.ts';
import { toTaskItem, type TTaskItem } from './task-view.ts';
import { sendTaskChange } from './workflow-call.ts';

type TChangeBody = TTaskChangeInput extends infer C ? (C extends TTaskChangeInput ? Omit<C, 'taskId' | 'actor'> : never) : never;

export async function changeTask(
  deps: { db: TDb; temporal: Client; user: TSessionUser },
  taskId: string,
  requestId: string | undefined,
  body: TChangeBody,
): Promise<TTaskItem> {
  const { db, temporal, user } = deps;
  const { task } = await loadOpenTask(db, user, taskId);
  const actor = { userId: user.id, username: user.username, groups: user.groups };
  await sendTaskChange(temporal, task.runId, `${body.kind}:${task.id}:${user.id}:${requestIdOr(requestId)}`, { ...body, taskId: task.id, actor });
  const fresh = await loadVisibleTask(db, user, taskId).catch(() => null);
  // After a reassignment the caller may no longer see the task; answer with what they sent it from.
  return toTaskItem(fresh?.task ?? task, fresh?.claimer ?? null, new Date());
}
