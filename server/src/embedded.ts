/**
 * The in-process extras of embedded mode (`npm start`): the demo telecom service (unless TELECOM_SERVICE_URL
 * points at a real one) and the Temporal worker, sharing this process's database (PGlite is single-process).
 */
import type { TDb } from '@switchboard/drizzle';
import type { TConfig } from './config.ts';

export type TEmbedded = { telecomServiceUrl: string | null; stop: () => Promise<void> };

export async function startEmbeddedServices(options: { db: TDb; address: string; config: TConfig; log: (line: string) => void }): Promise<TEmbedded> {
  // Wired to worker/src/start-worker.ts and worker/src/demo/telecom once the worker engineer lands them.
  options.log('embedded: worker not wired yet');
  return { telecomServiceUrl: null, stop: async () => undefined };
}
