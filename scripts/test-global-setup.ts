/**
 * One Temporal dev server for the whole test run (in memory, free port), shared by every integration suite
 * through TEMPORAL_ADDRESS. Suites that need Temporal read `process.env.TEMPORAL_ADDRESS`.
 */
import { startTemporal, type TTemporalServer } from './temporal-dev-server.ts';

let server: TTemporalServer | null = null;

export async function setup(): Promise<void> {
  server = await startTemporal({ dataDir: null, uiPort: null, log: (line) => console.log(line) });
  process.env.TEMPORAL_ADDRESS = server.address;
}

export async function teardown(): Promise<void> {
  await server?.stop();
}
