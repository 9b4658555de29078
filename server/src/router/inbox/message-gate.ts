/**
 * The server side of the message approval gate (issue 7): the UI explains it, but only this check stops a
 * reviewer from approving, over the API, a run whose validated text has errors or unacknowledged warnings.
 * One statement: the run row by primary key with its acknowledgements (audit_subject_idx) folded in.
 */
import { and, eq, or, sql } from 'drizzle-orm';
import { auditLog, runs, type TDb } from '@switchboard/drizzle';
import { approvalGate, isApprovingOutcome } from '@switchboard/flows';
import { z } from 'zod';
import { AppError } from '../../errors.ts';
import { ACK_ACTION } from '../messages/acknowledge.ts';

/** Audit details are JSON from any version of the acknowledge procedure; an unreadable one covers nothing. */
const ZAckDetails = z.array(z.object({ rules: z.array(z.string()), textHash: z.string() }).catch({ rules: [], textHash: '' })).catch([]);

/** Throws a 412 naming the rules when `outcome` approves a message that may not go out yet; else does nothing. */
export async function assertMessageApprovable(db: TDb, task: { id: string; runId: string }, outcome: string): Promise<void> {
  if (!isApprovingOutcome(outcome)) return;
  // Acknowledgements count when made on this task or on its run (both show the same stored findings).
  const acks = sql`coalesce((select jsonb_agg(${auditLog.detail}) from ${auditLog} where ${and(
    eq(auditLog.action, ACK_ACTION),
    or(and(eq(auditLog.subjectType, 'task'), eq(auditLog.subjectId, task.id)), and(eq(auditLog.subjectType, 'run'), eq(auditLog.subjectId, task.runId))),
  )}), '[]'::jsonb)`;
  const [row] = await db.select({ findings: runs.findings, acks }).from(runs).where(eq(runs.id, task.runId));
  if (!row) return;
  const gate = approvalGate(row.findings, ZAckDetails.parse(row.acks));
  if (gate.errorRules.length) {
    throw new AppError('DECISION_REJECTED', `Cannot ${outcome}: the message has errors (${gate.errorRules.join(', ')}); they must be fixed, not approved`,
      { errorRules: gate.errorRules });
  }
  if (gate.unacknowledged.length) {
    throw new AppError('DECISION_REJECTED', `Cannot ${outcome}: warnings ${gate.unacknowledged.join(', ')} are not acknowledged; acknowledge them with a reason (messages.acknowledge) first`,
      { unacknowledged: gate.unacknowledged });
  }
}
