/**
 * startApp: everything one Switchboard process runs — database (migrated and seeded), Temporal client, in
 * embedded mode the demo telecom service and the worker, and the HTTP server. Tests and e2e call it with
 * `dataDir: null, port: 0`; scripts/start.ts and main.ts call it for real. `stop()` undoes it in reverse order.
 */
import { fileURLToPath } from 'node:url';
import type { Client } from '@temporalio/client';
import { createDb, type TDb } from '@switchboard/drizzle';
import { resolveConfig } from './app-config.ts';
import { env } from './env.ts';
import { startWorkerServices } from './embedded.ts';
import { createAppServer } from './http/server.ts';
import { seedOnStart } from './seed-on-start.ts';
import { StartupError } from './startup-errors.ts';
import { connectTemporal } from './temporal-client.ts';
import { ensureSearchAttributes } from './temporal-search-attributes.ts';

export type TStartAppOptions = {
  /** Data folder (PGlite lives in `<dataDir>/pglite`); null = in-memory database (tests). */
  dataDir: string | null;
  /** PostgreSQL connection string; when set, PGlite is not used. */
  databaseUrl?: string;
  temporalAddress?: string;
  /** 0 = any free port. */
  port?: number;
  host?: string;
  /** Folder of the built web app; defaults to web/dist of this repository. */
  webDist?: string | null;
  /** Server and worker in one process, demo users seeded (the `npm start` topology). */
  embedded: boolean;
  log?: (line: string) => void;
};

export type TApp = { url: string; port: number; db: TDb; temporal: Client; stop: () => Promise<void> };

export const DEFAULT_WEB_DIST = fileURLToPath(new URL('../../web/dist', import.meta.url));

export async function startApp(options: TStartAppOptions): Promise<TApp> {
  const e = env();
  const log = options.log ?? ((line: string) => console.log(line));
  const config = resolveConfig(e, options.embedded);
  const cleanups: Array<() => Promise<void>> = [];
  const stop = async () => {
    for (const cleanup of cleanups.reverse()) await cleanup().catch((error: unknown) => log(`stop: ${String(error)}`));
  };
  try {
    const databaseUrl = options.databaseUrl ?? e.DATABASE_URL;
    const handle = databaseUrl
      ? await createDb({ url: databaseUrl })
      : await createDb({ dataDir: options.dataDir === null ? null : `${options.dataDir}/pglite` });
    cleanups.push(handle.close);
    const address = options.temporalAddress ?? e.TEMPORAL_ADDRESS;
    if (!address) throw new StartupError('TEMPORAL_ADDRESS is not set (npm start starts a local Temporal server for you).');
    const temporal = await connectTemporal(address, config.temporalNamespace);
    cleanups.push(() => temporal.connection.close());
    // Runs carry these attributes; a cluster without them would refuse every start. Clusters that forbid the
    // operator API (e.g. managed ones) get a warning and must register them themselves (docs/configuration.md).
    await ensureSearchAttributes(temporal.connection, config.temporalNamespace).then(
      (added) => added.length && log(`temporal: registered search attributes ${added.join(', ')}`),
      (error: unknown) => log(`[warn] temporal: could not check search attributes: ${error instanceof Error ? error.message : String(error)}`),
    );
    if (options.embedded) {
      const services = await startWorkerServices({ db: handle.db, address, config, demoTelecom: true, log });
      cleanups.push(services.stop);
      config.telecomServiceUrl = services.telecomServiceUrl ?? config.telecomServiceUrl;
    }
    await seedOnStart(handle.db, { demo: options.embedded, env: e, log });
    const server = createAppServer({
      db: handle.db,
      temporal: temporal.client,
      config,
      webDist: options.webDist === undefined ? (e.WEB_DIST ?? DEFAULT_WEB_DIST) : options.webDist,
      log: (level, message) => log(`[${level}] ${message}`),
    });
    const host = options.host ?? e.HOST;
    await new Promise<void>((resolve, reject) => {
      server.once('error', (error) => reject(new StartupError(`Cannot listen on ${host}:${options.port ?? e.PORT}: ${error.message}`)));
      server.listen(options.port ?? e.PORT, host, () => resolve());
    });
    cleanups.push(() => new Promise<void>((resolve) => {
      server.close(() => resolve());
      server.closeAllConnections();
    }));
    const bound = server.address();
    const port = typeof bound === 'object' && bound !== null ? bound.port : 0;
    const shownHost = host === '0.0.0.0' || host === '::' ? 'localhost' : host;
    return { url: `http://${shownHost}:${port}`, port, db: handle.db, temporal: temporal.client, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}
