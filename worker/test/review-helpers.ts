/** Drives review nodes from tests the way the inbox does: find the open task row, decide through the Update. */
import { and, eq } from 'drizzle-orm';
import { tasks, type TDb } from '@switchboard/drizzle';
import type { WorkflowHandle } from '@temporalio/client';
import { expect } from 'vitest';
import { decideUpdate } from '../src/contract.ts';

export async function openTask(db: TDb, runId: string, nodeId: string, visit = 1): Promise<string> {
  const id = `${runId}:${nodeId}:${visit}`;
  await expect
    .poll(async () => (await db.select({ status: tasks.status }).from(tasks).where(and(eq(tasks.id, id), eq(tasks.runId, runId))))[0]?.status, { timeout: 20_000, interval: 100 })
    .toBe('open');
  return id;
}

export async function decide(handle: WorkflowHandle, taskId: string, outcome: string, groups: string[], form?: Record<string, unknown>) {
  return handle.executeUpdate(decideUpdate, {
    args: [{ taskId, outcome, actor: { userId: `u-${groups[0]}`, username: `${groups[0]}-clerk`, groups }, ...(form ? { form } : {}) }],
  });
}
