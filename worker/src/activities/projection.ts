/**
 * The run projection for monitoring: `runs` and `run_events` rows. Every write is idempotent (deterministic ids,
 * `on conflict do nothing`, or a state-setting update), so an activity retry or a replay never writes twice.
 */
import { runEvents, runs, tasks, type TDb } from '@switchboard/drizzle';
import { and, eq } from 'drizzle-orm';
import { z } from 'zod';
import { ZRunInfo } from '../contract.ts';

export const ZProjectRunStart = z.object({ run: ZRunInfo, planHash: z.string(), input: z.unknown() });
export const ZProjectedEvent = z.object({
  id: z.string(),
  nodeId: z.string().nullable(),
  type: z.string(),
  port: z.string().nullable(),
  at: z.string(),
  durationMs: z.number().int().nullable(),
  data: z.unknown(),
});
export const ZProjectEvents = z.object({
  runId: z.string(),
  events: z.array(ZProjectedEvent),
  position: z.array(z.string()).nullable(),
  findings: z.array(z.unknown()).nullable(),
});
export const ZProjectRunEnd = z.object({
  runId: z.string(),
  status: z.enum(['completed', 'failed', 'cancelled']),
  outcome: z.string().nullable(),
  result: z.unknown(),
  error: z.string().nullable(),
  endedAt: z.string(),
});

export function createProjectionActivities(db: TDb) {
  return {
    async projectRunStart(raw: z.input<typeof ZProjectRunStart>): Promise<void> {
      const { run, planHash, input } = ZProjectRunStart.parse(raw);
      await db
        .insert(runs)
        .values({
          id: run.id,
          flowKey: run.flowKey,
          version: run.version,
          planHash,
          status: 'running',
          input: input ?? null,
          initiator: run.initiator,
          parentRunId: run.parentRunId ?? null,
          isTest: run.isTest,
          startedAt: new Date(run.startedAt),
        })
        .onConflictDoNothing();
    },

    async projectEvents(raw: z.input<typeof ZProjectEvents>): Promise<void> {
      const { runId, events, position, findings } = ZProjectEvents.parse(raw);
      if (events.length > 0) {
        await db
          .insert(runEvents)
          .values(events.map((e) => ({ ...e, runId, at: new Date(e.at), data: e.data ?? null })))
          .onConflictDoNothing();
      }
      const patch = { ...(position ? { position } : {}), ...(findings ? { findings } : {}) };
      // Only a running row moves; a late flush after the end must not resurrect the position.
      if (Object.keys(patch).length > 0) await db.update(runs).set(patch).where(and(eq(runs.id, runId), eq(runs.status, 'running')));
    },

    async projectRunEnd(raw: z.input<typeof ZProjectRunEnd>): Promise<void> {
      const end = ZProjectRunEnd.parse(raw);
      await db
        .update(runs)
        .set({
          status: end.status,
          outcome: end.outcome,
          result: end.result ?? null,
          error: end.error,
          position: [],
          endedAt: new Date(end.endedAt),
        })
        .where(eq(runs.id, end.runId));
      // Reviews still open when the run ends (another branch reached the end) must leave every inbox.
      await db
        .update(tasks)
        .set({ status: 'cancelled', updatedAt: new Date(end.endedAt) })
        .where(and(eq(tasks.runId, end.runId), eq(tasks.status, 'open')));
    },
  };
}

export type TProjectionActivities = ReturnType<typeof createProjectionActivities>;
