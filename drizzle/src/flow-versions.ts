/**
 * Storing a published version: the one write path shared by the publish API and the seed. The next version
 * number is taken inside a transaction that locks the flow row, so two concurrent publishes get 1 and 2, never
 * the same number; versions are only ever inserted, never updated (except operator parameter overrides).
 */
import { eq, max } from 'drizzle-orm';
import type { TDb } from './db.ts';
import { flowVersions, flows } from './schema.ts';

export type TNewVersion = {
  flowKey: string;
  document: unknown;
  plan: unknown;
  planHash: string;
  author: string;
  note: string;
};

export async function insertFlowVersion(db: TDb, v: TNewVersion): Promise<number> {
  return db.transaction(async (tx) => {
    const locked = await tx.select({ key: flows.key }).from(flows).where(eq(flows.key, v.flowKey)).for('update');
    if (locked.length === 0) throw new Error(`Flow ${v.flowKey} does not exist`);
    const [row] = await tx.select({ last: max(flowVersions.version) }).from(flowVersions).where(eq(flowVersions.flowKey, v.flowKey));
    const version = (row?.last ?? 0) + 1;
    await tx.insert(flowVersions).values({ ...v, version });
    return version;
  });
}
