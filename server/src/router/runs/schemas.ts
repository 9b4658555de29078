/** API shapes of runs: the `runs` / `run_events` rows with dates as ISO strings (what the web and CLI read). */
import type { runEvents, runs } from '@switchboard/drizzle';
import { ZProjectedEvent } from '@switchboard/worker/activities/projection';
import { z } from 'zod';

export const ZRunId = z.string().regex(/^run-[a-z0-9][a-z0-9-]{2,63}-[0-9a-f-]{36}$/, 'a run id looks like run-<flowKey>-<uuid>');
export const ZRunStatus = z.enum(['running', 'completed', 'failed', 'cancelled', 'terminated']);

export const ZRunView = z.object({
  id: z.string(),
  flowKey: z.string(),
  version: z.number().int(),
  planHash: z.string(),
  status: ZRunStatus,
  outcome: z.string().nullable(),
  input: z.unknown(),
  result: z.unknown(),
  error: z.string().nullable(),
  initiator: z.string(),
  parentRunId: z.string().nullable(),
  isTest: z.boolean(),
  position: z.array(z.string()),
  findings: z.unknown(),
  startedAt: z.string(),
  endedAt: z.string().nullable(),
});

/** A run event as the API shows it: the same shape the worker's projection writes. */
export const ZRunEventView = ZProjectedEvent;

export function runView(row: typeof runs.$inferSelect): z.infer<typeof ZRunView> {
  return { ...row, startedAt: row.startedAt.toISOString(), endedAt: row.endedAt?.toISOString() ?? null };
}

export function runEventView(row: typeof runEvents.$inferSelect): z.infer<typeof ZRunEventView> {
  const { runId: _run, ...rest } = row;
  return { ...rest, at: row.at.toISOString() };
}
