/**
 * One way to get the database: PGlite (real Postgres in WASM, data in a folder) by default, or `pg` when a
 * connection string is given. Both are migrated at open, so every caller sees the current schema.
 */
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { PGlite } from '@electric-sql/pglite';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator';
import pg from 'pg';
import * as schema from './schema.ts';

export type TDb = ReturnType<typeof drizzlePglite<typeof schema>> | ReturnType<typeof drizzlePg<typeof schema>>;

export type TDbHandle = {
  db: TDb;
  kind: 'pglite' | 'postgres';
  /** Human-readable location (folder or host/db) for start-up logs; never includes a password. */
  where: string;
  close: () => Promise<void>;
};

export type TCreateDbOptions =
  | { url: string; migrate?: boolean }
  | { dataDir: string | null; migrate?: boolean }; // null = in memory (tests)

const migrationsFolder = fileURLToPath(new URL('../migrations', import.meta.url));

/** Error raised when the database cannot be reached; callers print `message`, not a stack. */
export class DatabaseUnavailableError extends Error {
  override name = 'DatabaseUnavailableError';
}

export async function createDb(options: TCreateDbOptions): Promise<TDbHandle> {
  const migrate = options.migrate ?? true;
  if ('url' in options) {
    const pool = new pg.Pool({ connectionString: options.url, max: 10 });
    // node-postgres re-emits errors of IDLE clients on the pool (server restart, `drop database … with (force)`
    // after a test); unhandled, that kills the process. The next query simply takes a fresh connection.
    pool.on('error', () => undefined);
    const where = redact(options.url);
    try {
      await pool.query('select 1');
    } catch (error) {
      await pool.end().catch(() => undefined);
      throw new DatabaseUnavailableError(`Cannot connect to PostgreSQL at ${where}: ${messageOf(error)}`);
    }
    const db = drizzlePg(pool, { schema });
    if (migrate) await migratePg(db, { migrationsFolder });
    return { db, kind: 'postgres', where, close: () => pool.end() };
  }
  if (options.dataDir) mkdirSync(options.dataDir, { recursive: true });
  const client = options.dataDir ? new PGlite(options.dataDir) : new PGlite();
  await client.waitReady;
  const db = drizzlePglite(client, { schema });
  if (migrate) await migratePglite(db, { migrationsFolder });
  return { db, kind: 'pglite', where: options.dataDir ?? '(memory)', close: () => client.close() };
}

function redact(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = '***';
    return u.toString();
  } catch {
    return '(unparseable DATABASE_URL)';
  }
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
