/** Published versions are numbered atomically and the database itself refuses to change them. */
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDb, type TDbHandle } from './db.ts';
import { insertFlowVersion } from './flow-versions.ts';
import { createTestDatabase, type TTestDatabase } from './test-database.ts';
import { flowVersions, flows } from './schema.ts';

let handle: TDbHandle;
let database: TTestDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
  handle = database.url ? await createDb({ url: database.url }) : await createDb({ dataDir: null });
  await handle.db.insert(flows).values({ key: 'immutable-test', name: 'x', draft: {} }).onConflictDoNothing();
});
afterAll(async () => {
  await handle?.close();
  await database?.drop();
});

const version = (note: string) => ({ flowKey: 'immutable-test', document: { a: 1 }, plan: { p: 1 }, planHash: 'h', author: 'dora', note });

describe('flow versions', () => {
  it('numbers versions 1, 2, 3 … per flow', async () => {
    const first = await insertFlowVersion(handle.db, version('one'));
    const second = await insertFlowVersion(handle.db, version('two'));
    expect(second).toBe(first + 1);
  });

  it('refuses to change or delete a published version, but allows parameter overrides', async () => {
    const [row] = await handle.db.select().from(flowVersions).where(eq(flowVersions.flowKey, 'immutable-test')).limit(1);
    if (!row) throw new Error('no version');
    const where = eq(flowVersions.flowKey, row.flowKey);
    await expect(handle.db.update(flowVersions).set({ plan: { p: 2 } }).where(where)).rejects.toThrow();
    await expect(handle.db.update(flowVersions).set({ note: 'rewritten history' }).where(where)).rejects.toThrow();
    await expect(handle.db.delete(flowVersions).where(where)).rejects.toThrow();
    await handle.db.update(flowVersions).set({ paramOverrides: { sla: '2h' } }).where(where);
    const [after] = await handle.db.select().from(flowVersions).where(eq(flowVersions.version, row.version)).limit(1);
    expect(after?.paramOverrides).toEqual({ sla: '2h' });
  });
});
