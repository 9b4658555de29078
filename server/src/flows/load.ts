/** Reading flows and versions with 404s that name what was missing. */
import { and, asc, eq } from 'drizzle-orm';
import { flowVersions, flows, type TDb } from '@switchboard/drizzle';
import { AppError } from '../errors.ts';

export async function getFlowOr404(db: TDb, key: string) {
  const [flow] = await db.select().from(flows).where(eq(flows.key, key));
  if (!flow) throw new AppError('NOT_FOUND', `Flow "${key}" does not exist`);
  return flow;
}

export async function getVersionOr404(db: TDb, key: string, version: number) {
  const [row] = await db.select().from(flowVersions).where(and(eq(flowVersions.flowKey, key), eq(flowVersions.version, version)));
  if (!row) throw new AppError('NOT_FOUND', `Flow "${key}" has no version ${version}`);
  return row;
}

export async function versionSummaries(db: TDb, key: string) {
  const rows = await db.select().from(flowVersions).where(eq(flowVersions.flowKey, key)).orderBy(asc(flowVersions.version));
  return rows.map((r) => ({
    version: r.version,
    planHash: r.planHash,
    author: r.author,
    note: r.note,
    createdAt: r.createdAt.toISOString(),
    hasParamOverrides: r.paramOverrides !== null && typeof r.paramOverrides === 'object' && Object.keys(r.paramOverrides).length > 0,
  }));
}
