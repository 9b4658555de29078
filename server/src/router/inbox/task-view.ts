/** The task as the inbox API returns it (list items and the detail's head), built from a `tasks` row. */
import type { tasks } from '@switchboard/drizzle';
import { ZTaskDecision } from '@switchboard/worker/activities/tasks-types';
import { z } from 'zod';

export const ZTaskItem = z.object({
  id: z.string(),
  runId: z.string(),
  nodeId: z.string(),
  flowKey: z.string(),
  version: z.number().int(),
  title: z.string(),
  status: z.enum(['open', 'decided', 'expired', 'cancelled']),
  outcome: z.string().nullable(),
  outcomes: z.array(z.string()),
  assigneeGroups: z.array(z.string()),
  assigneeUsers: z.array(z.string()),
  claimedBy: z.object({ id: z.string(), username: z.string() }).nullable(),
  quorum: z.number().int(),
  approvals: z.number().int(),
  dueAt: z.string().nullable(),
  overdue: z.boolean(),
  createdAt: z.string(),
  decidedAt: z.string().nullable(),
});
export type TTaskItem = z.infer<typeof ZTaskItem>;

type TTaskRow = typeof tasks.$inferSelect;

export function decisionsOf(row: Pick<TTaskRow, 'decisions'>) {
  return z.array(ZTaskDecision).parse(row.decisions);
}

export function toTaskItem(row: TTaskRow, claimer: string | null, now: Date): TTaskItem {
  const decisions = decisionsOf(row);
  const first = row.outcomes[0];
  return {
    id: row.id,
    runId: row.runId,
    nodeId: row.nodeId,
    flowKey: row.flowKey,
    version: row.version,
    title: row.title,
    status: row.status,
    outcome: row.outcome,
    outcomes: row.outcomes,
    assigneeGroups: row.assigneeGroups,
    assigneeUsers: row.assigneeUsers,
    claimedBy: row.claimedBy ? { id: row.claimedBy, username: claimer ?? row.claimedBy } : null,
    quorum: row.quorum,
    approvals: decisions.filter((d) => d.outcome === first).length,
    dueAt: row.dueAt?.toISOString() ?? null,
    overdue: row.status === 'open' && row.dueAt !== null && row.dueAt < now,
    createdAt: row.createdAt.toISOString(),
    decidedAt: row.decidedAt?.toISOString() ?? null,
  };
}
