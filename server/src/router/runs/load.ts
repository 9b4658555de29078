/** Reading a run row with a 404 that names the run, and refusing actions on runs that have ended. */
import { eq } from 'drizzle-orm';
import { runs, type TDb } from '@switchboard/drizzle';
import { AppError } from '../../errors.ts';

export async function getRunOr404(db: TDb, runId: string) {
  const [row] = await db.select().from(runs).where(eq(runs.id, runId));
  if (!row) throw new AppError('NOT_FOUND', `Run ${runId} does not exist`);
  return row;
}

export async function getRunningOr409(db: TDb, runId: string, action: string) {
  const row = await getRunOr404(db, runId);
  if (row.status !== 'running') throw new AppError('CONFLICT', `Cannot ${action}: run ${runId} has already ended (${row.status})`);
  return row;
}
