/** Starts a real app for a test suite: real HTTP on a free port, the shared Temporal dev server, a fresh database. */
import { startApp, type TApp, type TStartAppOptions } from '../app.ts';
import { createTestDatabase } from './database.ts';

export type TTestApp = TApp & { dbKind: 'pglite' | 'postgres' };

export async function startTestApp(overrides: Partial<TStartAppOptions> = {}): Promise<TTestApp> {
  const database = await createTestDatabase();
  const lines: string[] = [];
  const app = await startApp({
    dataDir: null,
    port: 0,
    webDist: null,
    embedded: false,
    ...(database.url ? { databaseUrl: database.url } : {}),
    log: (line) => lines.push(line),
    ...overrides,
  });
  return {
    ...app,
    dbKind: database.url ? 'postgres' : 'pglite',
    stop: async () => {
      await app.stop();
      await database.drop();
    },
  };
}
