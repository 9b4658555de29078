/**
 * The campaign benchmark's worker, in its own process so its RSS can be measured and it can be SIGKILLed mid-send.
 * Prints "ready" once polling. Needs TEMPORAL_ADDRESS, TASK_QUEUE and DATABASE_URL (Postgres: PGlite is one process).
 */
import { createDb } from '@switchboard/drizzle';
import { DefaultLogger, Runtime } from '@temporalio/worker';
import { startWorker } from '../src/start-worker.ts';

const { TEMPORAL_ADDRESS: address, TASK_QUEUE: taskQueue, DATABASE_URL: url } = process.env;
if (!address || !taskQueue || !url) {
  process.stderr.write('campaign-worker needs TEMPORAL_ADDRESS, TASK_QUEUE and DATABASE_URL\n');
  process.exit(2);
}
Runtime.install({ logger: new DefaultLogger('ERROR') });
const handle = await createDb({ url });
await startWorker({ db: handle.db, address, taskQueue });
process.stdout.write('ready\n');
