/**
 * Test databases: PGlite in memory by default; with TEST_DATABASE_URL a fresh PostgreSQL database per app
 * (created from that server, dropped at the end) so parallel suites never see each other's rows.
 */
import { randomBytes } from 'node:crypto';
import pg from 'pg';

export type TTestDatabase = { url: string | undefined; drop: () => Promise<void> };

/** `base` defaults to TEST_DATABASE_URL; without one the caller uses PGlite. Benchmarks pass their own. */
export async function createTestDatabase(base = process.env.TEST_DATABASE_URL, prefix = 'sb_test'): Promise<TTestDatabase> {
  if (!base) return { url: undefined, drop: async () => undefined };
  const name = `${prefix}_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: base });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(base);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: async () => {
      const client = new pg.Client({ connectionString: base });
      await client.connect();
      await client.query(`drop database if exists ${name} with (force)`);
      await client.end();
    },
  };
}
