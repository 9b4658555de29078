/**
 * Finds or builds the Temporal CLI and runs `temporal server start-dev` for the embedded setup and for tests.
 * Lookup order (architecture.md): TEMPORAL_ADDRESS → TEMPORAL_CLI / `temporal` on PATH → cached binary →
 * `go install` into the cache → the Temporal SDK's own download (machines with internet).
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { accessSync, constants, mkdirSync } from 'node:fs';
import { createServer } from 'node:net';
import { homedir } from 'node:os';
import { delimiter, join } from 'node:path';
import { Connection } from '@temporalio/client';

export const TEMPORAL_CLI_VERSION = 'v1.5.1';
/** Search attributes every run carries (decision 1: flow key, version and plan hash on every run). */
export const SEARCH_ATTRIBUTES = {
  SwitchboardFlowKey: 'Keyword',
  SwitchboardFlowVersion: 'Int',
  SwitchboardPlanHash: 'Keyword',
  SwitchboardIsTest: 'Bool',
} as const;

export type TTemporalServer = { address: string; uiUrl: string | null; source: string; stop: () => Promise<void> };

export class TemporalUnavailableError extends Error {
  override name = 'TemporalUnavailableError';
}

export function cacheDir(): string {
  return join(process.env.XDG_CACHE_HOME ?? join(homedir(), '.cache'), 'switchboard');
}

function isExecutable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

function onPath(name: string): string | null {
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    if (dir && isExecutable(join(dir, name))) return join(dir, name);
  }
  return null;
}

function goVersionOk(): boolean {
  const out = spawnSync('go', ['env', 'GOVERSION'], { encoding: 'utf8' });
  const match = /^go(\d+)\.(\d+)/.exec(out.stdout?.trim() ?? '');
  return match !== null && (Number(match[1]) > 1 || Number(match[2]) >= 25);
}

/** Returns a path to the Temporal CLI, building it with Go when needed; null when no way works. */
export function findTemporalCli(log: (line: string) => void = () => undefined): { path: string; source: string } | null {
  const fromEnv = process.env.TEMPORAL_CLI;
  if (fromEnv) {
    if (isExecutable(fromEnv)) return { path: fromEnv, source: 'TEMPORAL_CLI' };
    throw new TemporalUnavailableError(`TEMPORAL_CLI=${fromEnv} is not an executable file.`);
  }
  const found = onPath('temporal');
  if (found) return { path: found, source: 'PATH' };
  const cached = join(cacheDir(), 'bin', 'temporal');
  if (isExecutable(cached)) return { path: cached, source: 'cache' };
  if (goVersionOk()) {
    log(`Building the Temporal CLI ${TEMPORAL_CLI_VERSION} with Go (once; cached in ${cached}) …`);
    mkdirSync(join(cacheDir(), 'bin'), { recursive: true });
    const built = spawnSync('go', ['install', `github.com/temporalio/cli/cmd/temporal@${TEMPORAL_CLI_VERSION}`], {
      env: { ...process.env, GOBIN: join(cacheDir(), 'bin') },
      stdio: ['ignore', 'inherit', 'inherit'],
    });
    if (built.status === 0 && isExecutable(cached)) return { path: cached, source: 'go install' };
    log(`go install failed (exit ${built.status ?? 'signal'}).`);
  }
  return null;
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

async function waitHealthy(address: string, child: ChildProcess | null, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let lastError: unknown = null;
  while (Date.now() < deadline) {
    if (child && child.exitCode !== null) throw new TemporalUnavailableError(`temporal exited with code ${child.exitCode} while starting.`);
    try {
      const connection = await Connection.connect({ address, connectTimeout: 1000 });
      try {
        await connection.workflowService.getSystemInfo({});
        return;
      } finally {
        await connection.close();
      }
    } catch (error) {
      lastError = error;
      await new Promise((r) => setTimeout(r, 250));
    }
  }
  throw new TemporalUnavailableError(`Temporal at ${address} did not become healthy within ${timeoutMs / 1000}s: ${String(lastError)}`);
}

export type TStartOptions = {
  /** Folder for the dev server's db file (runs survive a restart); null = in memory. */
  dataDir: string | null;
  port?: number;
  uiPort?: number | null;
  log?: (line: string) => void;
};

/** Starts (or connects to) a Temporal server; `stop()` ends a server this call started. */
export async function startTemporal(options: TStartOptions): Promise<TTemporalServer> {
  const log = options.log ?? (() => undefined);
  const external = process.env.TEMPORAL_ADDRESS;
  if (external) {
    await waitHealthy(external, null, 10_000);
    return { address: external, uiUrl: null, source: 'TEMPORAL_ADDRESS', stop: async () => undefined };
  }
  const cli = findTemporalCli(log);
  if (!cli) return startFromSdkDownload(options);
  const port = options.port ?? (await freePort());
  const uiPort = options.uiPort === null ? null : (options.uiPort ?? (await freePort()));
  const args = ['server', 'start-dev', '--ip', '127.0.0.1', '--port', String(port), '--log-level', 'warn', '--namespace', 'default'];
  if (uiPort === null) args.push('--headless');
  else args.push('--ui-port', String(uiPort));
  if (options.dataDir) {
    mkdirSync(options.dataDir, { recursive: true });
    args.push('--db-filename', join(options.dataDir, 'temporal.db'));
  }
  for (const [name, type] of Object.entries(SEARCH_ATTRIBUTES)) args.push('--search-attribute', `${name}=${type}`);
  const child = spawn(cli.path, args, { stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    stderr = (stderr + chunk.toString()).slice(-4000);
  });
  const address = `127.0.0.1:${port}`;
  try {
    await waitHealthy(address, child, 60_000);
  } catch (error) {
    child.kill('SIGKILL');
    throw new TemporalUnavailableError(`${(error as Error).message}\n${stderr.trim()}`);
  }
  return {
    address,
    uiUrl: uiPort === null ? null : `http://127.0.0.1:${uiPort}`,
    source: cli.source,
    stop: () => stopChild(child),
  };
}

async function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
  await exited;
  clearTimeout(timer);
}

async function startFromSdkDownload(options: TStartOptions): Promise<TTemporalServer> {
  try {
    const { TestWorkflowEnvironment } = await import('@temporalio/testing');
    const env = await TestWorkflowEnvironment.createLocal({
      server: {
        ...(options.dataDir ? { dbFilename: join(options.dataDir, 'temporal.db') } : {}),
        ...(options.port ? { port: options.port } : {}),
        extraArgs: Object.entries(SEARCH_ATTRIBUTES).flatMap(([n, t]) => ['--search-attribute', `${n}=${t}`]),
      },
    });
    return { address: env.address, uiUrl: null, source: 'SDK download', stop: () => env.teardown() };
  } catch (error) {
    throw new TemporalUnavailableError(
      [
        'No Temporal CLI could be found or built, and the SDK could not download one.',
        'Provide it in one of these ways:',
        '  - set TEMPORAL_ADDRESS=host:port to use a running Temporal server;',
        '  - set TEMPORAL_CLI=/path/to/temporal, or put `temporal` on PATH;',
        `  - place the binary at ${join(cacheDir(), 'bin', 'temporal')};`,
        `  - install Go ≥ 1.25 so it can be built: go install github.com/temporalio/cli/cmd/temporal@${TEMPORAL_CLI_VERSION};`,
        '  - allow internet access for the Temporal SDK download.',
        `(SDK download failed: ${error instanceof Error ? error.message : String(error)})`,
      ].join('\n'),
    );
  }
}
