/** Runs the demo telecom service alone: `npm run telecom-demo -w worker` (TELECOM_PORT, default a free port). */
import { startTelecomService } from './service.ts';

const port = Number(process.env.TELECOM_PORT ?? 0);
if (!Number.isInteger(port) || port < 0) {
  process.stderr.write(`TELECOM_PORT must be a port number, got "${process.env.TELECOM_PORT}"\n`);
  process.exit(2);
}
const service = await startTelecomService({ port });
process.stdout.write(`demo telecom service at ${service.url}\n`);
process.on('SIGINT', () => void service.stop().then(() => process.exit(0)));
