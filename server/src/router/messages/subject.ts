/**
 * What an acknowledgement is about, loaded with the caller's right to act on it: a task they can see in their
 * inbox, a run, a flow (its author writes the message in the editor) or a campaign they own or review. A task or
 * run brings the findings its `validate` steps stored, which bound what may be acknowledged.
 */
import { eq } from 'drizzle-orm';
import { campaigns, flows, runs, type TDb } from '@switchboard/drizzle';
import { ZFinding, type TFinding } from '@switchboard/flows';
import { z } from 'zod';
import { AppError } from '../../errors.ts';
import type { TSessionUser } from '../../trpc.ts';
import { loadVisibleTask } from '../inbox/load-task.ts';
import type { TSubject } from './schemas.ts';

/** `runs.findings` holds one report per validate visit; anything unreadable is skipped, not trusted. */
const ZStoredReports = z.array(z.object({ findings: z.array(ZFinding) }).loose()).catch([]);

async function runFindings(db: TDb, runId: string): Promise<TFinding[] | null> {
  const [run] = await db.select({ findings: runs.findings }).from(runs).where(eq(runs.id, runId));
  if (!run) return null;
  return ZStoredReports.parse(run.findings).flatMap((r) => r.findings);
}

const reviews = (user: TSessionUser) => user.roles.includes('admin') || user.roles.includes('reviewer');

/** Stored findings of the subject (null when it has none of its own, e.g. a flow draft), or a 404/403. */
export async function loadSubject(db: TDb, user: TSessionUser, subject: TSubject): Promise<{ findings: TFinding[] | null }> {
  switch (subject.type) {
    case 'task': {
      const { task } = await loadVisibleTask(db, user, subject.id);
      return { findings: await runFindings(db, task.runId) };
    }
    case 'run': {
      const findings = await runFindings(db, subject.id);
      if (findings === null) throw new AppError('NOT_FOUND', `No run ${subject.id}`);
      return { findings };
    }
    case 'flow': {
      const [flow] = await db.select({ key: flows.key }).from(flows).where(eq(flows.key, subject.id));
      if (!flow) throw new AppError('NOT_FOUND', `No flow ${subject.id}`);
      return { findings: null };
    }
    case 'campaign': {
      const [row] = await db.select({ ownerId: campaigns.ownerId, runId: campaigns.runId }).from(campaigns).where(eq(campaigns.id, subject.id));
      if (!row) throw new AppError('NOT_FOUND', `No campaign ${subject.id}`);
      if (row.ownerId !== user.id && !reviews(user)) throw new AppError('FORBIDDEN', 'Only the campaign owner or a reviewer may acknowledge its warnings');
      return { findings: row.runId ? await runFindings(db, row.runId) : null };
    }
    default: {
      const never: never = subject.type;
      throw new AppError('INVALID_INPUT', `subject.type: unknown ${String(never)}`);
    }
  }
}
