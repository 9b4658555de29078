import { describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { createDb, DatabaseUnavailableError } from './db.ts';
import { groups } from './schema.ts';

const targets: Array<[string, () => Parameters<typeof createDb>[0]]> = [['pglite', () => ({ dataDir: null })]];
if (process.env.TEST_DATABASE_URL) targets.push(['postgres', () => ({ url: process.env.TEST_DATABASE_URL ?? '' })]);

describe.each(targets)('createDb on %s', (_name, options) => {
  it('migrates and round-trips a row', async () => {
    const handle = await createDb(options());
    try {
      const id = `g-${Date.now()}-${Math.random().toString(36).slice(2)}`;
      await handle.db.insert(groups).values({ id, name: 'Billing' });
      const rows = await handle.db.select().from(groups).where(eq(groups.id, id));
      expect(rows).toEqual([{ id, name: 'Billing', description: null }]);
      await handle.db.delete(groups).where(eq(groups.id, id));
    } finally {
      await handle.close();
    }
  });
});

describe('createDb with an unreachable server', () => {
  it('fails with a clear error that hides the password', async () => {
    const error = await createDb({ url: 'postgres://u:secret@127.0.0.1:1/nodb' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DatabaseUnavailableError);
    expect(String((error as Error).message)).toMatch(/Cannot connect to PostgreSQL at postgres:\/\/u:\*\*\*@127\.0\.0\.1:1\/nodb/);
  });
});
