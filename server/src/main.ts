/**
 * Production entry. `node --import tsx server/src/main.ts [--with-worker | --worker-only]`:
 *   (default)      the API and web server only; workers run as separate processes (docker-compose `worker`);
 *   --with-worker  server and worker in one process (also SWITCHBOARD_EMBEDDED=1, which seeds demo users);
 *   --worker-only  just the Temporal worker (the docker-compose `worker` service).
 * Operator-fixable failures (bad env, database or Temporal unreachable) print one line and exit 1.
 */
import { createDb } from '@switchboard/drizzle';
import { DEMO_PASSWORD, DEMO_USERS } from '@switchboard/drizzle/seed';
import { startApp } from './app.ts';
import { resolveConfig } from './app-config.ts';
import { startWorkerServices } from './embedded.ts';
import { env } from './env.ts';
import { createLineLogger, installTemporalLogging } from './logger.ts';
import { isOperatorError, StartupError } from './startup-errors.ts';

type TMode = 'server' | 'embedded' | 'worker';

function modeFrom(args: string[], embeddedEnv: boolean): TMode {
  const unknown = args.filter((a) => !['--with-worker', '--worker-only'].includes(a));
  if (unknown.length) throw new StartupError(`Unknown option ${unknown.join(' ')} (use --with-worker or --worker-only)`);
  if (args.includes('--worker-only')) return 'worker';
  return args.includes('--with-worker') || embeddedEnv ? 'embedded' : 'server';
}

async function startWorkerOnly(log: (line: string) => void): Promise<() => Promise<void>> {
  const e = env();
  if (!e.TEMPORAL_ADDRESS) throw new StartupError('TEMPORAL_ADDRESS must be set for --worker-only');
  // PGlite is single-process, so a separate worker needs PostgreSQL; the server process owns migrations.
  if (!e.DATABASE_URL) throw new StartupError('DATABASE_URL must be set for --worker-only (use --with-worker for PGlite)');
  const handle = await createDb({ url: e.DATABASE_URL, migrate: false });
  try {
    const services = await startWorkerServices({ db: handle.db, address: e.TEMPORAL_ADDRESS, config: resolveConfig(e, false), demoTelecom: false, log });
    return async () => {
      await services.stop();
      await handle.close();
    };
  } catch (error) {
    await handle.close();
    throw error;
  }
}

async function main(): Promise<void> {
  const e = env();
  const log = createLineLogger(e.LOG_LEVEL);
  installTemporalLogging(e.LOG_LEVEL);
  const mode = modeFrom(process.argv.slice(2), e.SWITCHBOARD_EMBEDDED);
  let stop: () => Promise<void>;
  if (mode === 'worker') {
    stop = await startWorkerOnly(log);
    log('Switchboard worker running');
  } else {
    const app = await startApp({ dataDir: e.DATA_DIR, port: e.PORT, embedded: mode === 'embedded', log });
    stop = app.stop;
    log(`Switchboard ${mode === 'embedded' ? 'server + worker' : 'server'} listening on ${app.url}`);
    if (mode === 'embedded') log(`Demo logins (password "${DEMO_PASSWORD}"): ${DEMO_USERS.map((u) => u.username).join(', ')}`);
  }
  let stopping = false;
  const shutdown = (signal: string) => {
    if (stopping) return;
    stopping = true;
    log(`${signal}: stopping …`);
    stop().then(() => process.exit(0), (error: unknown) => {
      console.error(`error while stopping: ${String(error)}`);
      process.exit(1);
    });
  };
  process.once('SIGINT', () => shutdown('SIGINT'));
  process.once('SIGTERM', () => shutdown('SIGTERM'));
}

main().catch((error: unknown) => {
  if (isOperatorError(error)) console.error(`switchboard: ${error.message}`);
  else console.error('switchboard: unexpected start-up failure:', error);
  process.exit(1);
});
