/**
 * `npm start`: the whole app on one machine — builds the web app when its sources changed, starts a local
 * Temporal dev server (data in ./.data/temporal, UI on 8233 when free), then server + worker in this process
 * on PGlite (./.data/pglite). A second start finds the data of the first. Ctrl-C stops everything.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { createServer } from 'node:net';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startApp } from '../server/src/app.ts';
import { env } from '../server/src/env.ts';
import { createLineLogger, installTemporalLogging } from '../server/src/logger.ts';
import { isOperatorError } from '../server/src/startup-errors.ts';
import { DEMO_AUDIENCE, DEMO_PASSWORD, DEMO_TEST_NUMBERS, DEMO_USERS } from '../drizzle/src/seed.ts';
import { startTemporal, TemporalUnavailableError } from './temporal-dev-server.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
let log = (line: string) => console.log(line);

function newestMtime(path: string): number {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return readdirSync(path).reduce((max, name) => Math.max(max, newestMtime(join(path, name))), stat.mtimeMs);
}

function buildWebIfStale(): void {
  const web = join(root, 'web');
  const built = newestMtime(join(web, 'dist', 'index.html'));
  const sources = Math.max(newestMtime(join(web, 'src')), newestMtime(join(web, 'index.html')), newestMtime(join(web, 'public')));
  if (built > 0 && built >= sources) return;
  log(built === 0 ? 'Building the web app (first start) …' : 'Web sources changed; rebuilding the web app …');
  const result = spawnSync('npm', ['run', 'build', '-w', 'web'], { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) throw new Error('The web app build failed (npm run build -w web); see the output above.');
}

function portIsFree(port: number): Promise<boolean> {
  return new Promise((done) => {
    const server = createServer();
    server.once('error', () => done(false));
    server.listen(port, '127.0.0.1', () => server.close(() => done(true)));
  });
}

/** Things to undo on Ctrl-C, newest first. A signal during a start-up step takes effect when the step ends,
 * so a half-started Temporal server is never orphaned. */
const cleanups: Array<() => Promise<void>> = [];
let stopping = false;
let inStartup = true;

async function shutdown(code: number): Promise<never> {
  for (const cleanup of cleanups.reverse()) await cleanup().catch((error: unknown) => log(`[warn] stop: ${String(error)}`));
  process.exit(code);
}

function onSignal(signal: string): void {
  if (stopping) return;
  stopping = true;
  log(`\n${signal}: stopping …`);
  if (!inStartup) void shutdown(0);
}

async function main(): Promise<void> {
  process.on('SIGINT', () => onSignal('SIGINT'));
  process.on('SIGTERM', () => onSignal('SIGTERM'));
  const e = env();
  log = createLineLogger(e.LOG_LEVEL);
  installTemporalLogging(e.LOG_LEVEL);
  const dataDir = resolve(root, e.DATA_DIR);
  // WEB_DIST names a web build made elsewhere (CI, packaging); only the repository's own web/dist is rebuilt.
  if (!e.WEB_DIST) buildWebIfStale();
  const temporal = await startTemporal({ dataDir: join(dataDir, 'temporal'), uiPort: (await portIsFree(8233)) ? 8233 : undefined, log });
  cleanups.push(temporal.stop);
  if (stopping) return shutdown(0);
  const app = await startApp({ dataDir, port: e.PORT, temporalAddress: temporal.address, embedded: true, log });
  cleanups.push(app.stop);
  if (stopping) return shutdown(0);
  inStartup = false;
  log('');
  log(`Switchboard is running at ${app.url}`);
  log(`Temporal ${temporal.address} (${temporal.source})${temporal.uiUrl ? `, UI at ${temporal.uiUrl}` : ''}`);
  log(`Data in ${dataDir}`);
  log(`Demo logins (password "${DEMO_PASSWORD}"): ${DEMO_USERS.map((u) => `${u.username} (${u.roles.join('/')})`).join(', ')}`);
  log(`Demo campaign audiences: "${DEMO_AUDIENCE.id}" (${DEMO_AUDIENCE.size} customers) and the test-send whitelist "test-numbers" (${DEMO_TEST_NUMBERS.join(', ')})`);
  log('Press Ctrl-C to stop.');
}

main().catch(async (error: unknown) => {
  const known = isOperatorError(error) || error instanceof TemporalUnavailableError;
  console.error(known && error instanceof Error ? `npm start: ${error.message}` : error);
  await shutdown(1);
});
