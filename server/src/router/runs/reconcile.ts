/**
 * A run the workflow cannot project itself — terminated from the Temporal UI/CLI or timed out — would stay
 * "running" forever in the projection. Reading a running row asks Temporal once and records such an end.
 */
import { and, eq } from 'drizzle-orm';
import { runs, type TDb } from '@switchboard/drizzle';
import type { Client } from '@temporalio/client';

const UNPROJECTED_ENDS = new Set(['TERMINATED', 'TIMED_OUT']);

export async function reconcileRunning<T extends typeof runs.$inferSelect>(db: TDb, temporal: Client, row: T): Promise<T> {
  if (row.status !== 'running') return row;
  const described = await temporal.workflow.getHandle(row.id).describe().catch(() => null);
  const status = described?.status.name;
  if (!described || !status || !UNPROJECTED_ENDS.has(status)) return row;
  const end = { status: 'terminated' as const, error: `the workflow was ${status.toLowerCase().replace('_', ' ')} outside Switchboard`, position: [], endedAt: described.closeTime ?? new Date() };
  await db.update(runs).set(end).where(and(eq(runs.id, row.id), eq(runs.status, 'running')));
  return { ...row, ...end };
}
