/**
 * The worker side of a process: in embedded mode (`npm start`) it runs inside the server process, sharing the
 * database (PGlite is single-process); in production it runs alone (`main.ts --worker-only`). Without
 * TELECOM_SERVICE_URL, embedded mode starts the demo telecom service in-process so the library flows can run.
 */
import type { TDb } from '@switchboard/drizzle';
import { startTelecomService } from '@switchboard/worker/demo/telecom/service';
import { createWebhookGateway } from '@switchboard/worker/gateway/webhook-gateway';
import { startWorker } from '@switchboard/worker/start-worker';
import type { TConfig } from './config.ts';

export type TWorkerServices = { telecomServiceUrl: string | null; stop: () => Promise<void> };

export async function startWorkerServices(options: {
  db: TDb; address: string; config: TConfig; demoTelecom: boolean; log: (line: string) => void;
}): Promise<TWorkerServices> {
  const { config } = options;
  const telecom = options.demoTelecom && !config.telecomServiceUrl ? await startTelecomService() : null;
  const telecomServiceUrl = telecom?.url ?? config.telecomServiceUrl;
  try {
    const worker = await startWorker({
      db: options.db,
      address: options.address,
      namespace: config.temporalNamespace,
      taskQueue: config.taskQueue,
      deps: {
        services: telecomServiceUrl ? { telecom: telecomServiceUrl } : {},
        ...(config.notifyWebhookUrl ? { gateway: createWebhookGateway(config.notifyWebhookUrl, fetch) } : {}),
      },
    });
    options.log(`worker: polling task queue ${worker.taskQueue} with ${worker.catalog.length} activity types${telecom ? `; demo telecom service at ${telecom.url}` : ''}`);
    return {
      telecomServiceUrl,
      stop: async () => {
        await worker.stop();
        await telecom?.stop();
      },
    };
  } catch (error) {
    await telecom?.stop();
    throw error;
  }
}
