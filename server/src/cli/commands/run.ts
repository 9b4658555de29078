/**
 * `switchboard run …` — start, inspect, signal and cancel runs over HTTP, through the same API as the web app
 * (`runs.*`). Credentials: SWITCHBOARD_TOKEN (personal access token), or SWITCHBOARD_USERNAME and
 * SWITCHBOARD_PASSWORD (signs in like the browser does; with `npm start` the demo operator is otto / switchboard).
 * Exit codes: 0 ok (with --wait: the run completed), 1 refused by the server or the run failed/was cancelled,
 * 2 usage error or unreadable file.
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { createTRPCClient, httpLink } from '@trpc/client';
import { z } from 'zod';
import type { AppRouter } from '../../router/index.ts';
import { describeApiError } from '../api-client.ts';
import { env } from '../../env.ts';

const USAGE = `Usage:
  switchboard run start <flowKey> --input <file.json> [--version <n>] [--test] [--wait] [--timeout <seconds>] [--json]
  switchboard run show <runId> [--json]
  switchboard run list [--flow <key>] [--status running|completed|failed|cancelled] [--limit <n>] [--json]
  switchboard run event <runId> <name> [--data <file.json>]
  switchboard run cancel <runId> [--reason <text>]

Talks to SWITCHBOARD_URL (default http://127.0.0.1:3000) with SWITCHBOARD_TOKEN, or with SWITCHBOARD_USERNAME and
SWITCHBOARD_PASSWORD. Exit codes: 0 ok, 1 refused by the server or the awaited run did not complete, 2 usage error.`;

class UsageError extends Error {}
type TClient = ReturnType<typeof createTRPCClient<AppRouter>>;

async function connect(urlOption?: string): Promise<TClient> {
  const e = env();
  const base = (urlOption ?? e.SWITCHBOARD_URL).replace(/\/$/, '');
  if (e.SWITCHBOARD_TOKEN) return createTRPCClient<AppRouter>({ links: [httpLink({ url: `${base}/trpc`, headers: { authorization: `Bearer ${e.SWITCHBOARD_TOKEN}` } })] });
  if (!e.SWITCHBOARD_USERNAME || !e.SWITCHBOARD_PASSWORD) {
    throw new UsageError('set SWITCHBOARD_TOKEN, or SWITCHBOARD_USERNAME and SWITCHBOARD_PASSWORD (npm start: otto / switchboard)');
  }
  const response = await fetch(`${base}/trpc/auth.login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-switchboard-csrf': 'login' },
    body: JSON.stringify({ username: e.SWITCHBOARD_USERNAME, password: e.SWITCHBOARD_PASSWORD }),
  });
  const body = z.object({ result: z.object({ data: z.object({ csrfToken: z.string() }) }) }).safeParse(await response.json().catch(() => null));
  if (!response.ok || !body.success) throw new Error(`sign-in as ${e.SWITCHBOARD_USERNAME} failed (HTTP ${response.status})`);
  const cookie = response.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ');
  const headers = { cookie, 'x-switchboard-csrf': body.data.result.data.csrfToken };
  return createTRPCClient<AppRouter>({ links: [httpLink({ url: `${base}/trpc`, headers })] });
}

function readJsonFile(path: string, flag: string): unknown {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new UsageError(`${flag}: cannot read ${path}: ${error instanceof Error ? error.message : String(error)}`);
  }
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new UsageError(`${flag}: ${path} is not JSON: ${error instanceof Error ? error.message : String(error)}`);
  }
}

const print = (value: unknown) => process.stdout.write(`${typeof value === 'string' ? value : JSON.stringify(value, null, 2)}\n`);
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const common = { url: { type: 'string' }, json: { type: 'boolean' } } as const;

async function start(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { ...common, input: { type: 'string' }, version: { type: 'string' }, test: { type: 'boolean' }, wait: { type: 'boolean' }, timeout: { type: 'string' } },
  });
  const [flowKey, ...extra] = positionals;
  if (!flowKey || extra.length) throw new UsageError('start needs exactly one <flowKey>');
  if (!values.input) throw new UsageError('--input <file.json> is required');
  const options = z
    .object({ version: z.coerce.number().int().positive().optional(), timeout: z.coerce.number().positive().default(600) })
    .safeParse({ version: values.version, timeout: values.timeout });
  if (!options.success) throw new UsageError(options.error.issues.map((i) => `--${i.path.join('.')}: ${i.message}`).join('; '));
  const input = readJsonFile(values.input, '--input');
  const api = await connect(values.url);
  const started = await api.runs.start.mutate({ flowKey, input, isTest: values.test ?? false, ...(options.data.version ? { version: options.data.version } : {}) });
  if (!values.wait) {
    print(values.json ? started : `${started.runId} started (${started.flowKey} v${started.version})`);
    return 0;
  }
  const deadline = Date.now() + options.data.timeout * 1000;
  for (;;) {
    const run = await api.runs.get.query({ runId: started.runId });
    if (run.status !== 'running') {
      print(values.json ? run : `${run.id}: ${run.status}${run.outcome ? ` (${run.outcome})` : ''}${run.error ? ` — ${run.error}` : ''}\nresult: ${JSON.stringify(run.result)}`);
      return run.status === 'completed' ? 0 : 1;
    }
    if (Date.now() > deadline) {
      process.stderr.write(`switchboard run start: ${run.id} still running at ${run.position.join(', ')} after ${options.data.timeout}s\n`);
      return 1;
    }
    await sleep(1000);
  }
}

async function show(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({ args, allowPositionals: true, options: common });
  const [runId, ...extra] = positionals;
  if (!runId || extra.length) throw new UsageError('show needs exactly one <runId>');
  const run = await (await connect(values.url)).runs.get.query({ runId });
  if (values.json) {
    print(run);
    return 0;
  }
  print(`${run.id}  ${run.flowKey} v${run.version}  ${run.status}${run.outcome ? ` (${run.outcome})` : ''}  started ${run.startedAt} by ${run.initiator}`);
  if (run.position.length) print(`at: ${run.position.join(', ')}`);
  if (run.error) print(`error: ${run.error}`);
  for (const e of run.events) print(`  ${e.at}  ${(e.nodeId ?? '-').padEnd(20)} ${e.type}${e.port ? ` → ${e.port}` : ''}${e.durationMs !== null ? ` (${e.durationMs} ms)` : ''}`);
  return 0;
}

async function list(args: string[]): Promise<number> {
  const { values } = parseArgs({ args, options: { ...common, flow: { type: 'string' }, status: { type: 'string' }, limit: { type: 'string' } } });
  const filters = z
    .object({ status: z.enum(['running', 'completed', 'failed', 'cancelled', 'terminated']).optional(), limit: z.coerce.number().int().min(1).max(200).default(50) })
    .safeParse({ status: values.status, limit: values.limit });
  if (!filters.success) throw new UsageError(filters.error.issues.map((i) => `--${i.path.join('.')}: ${i.message}`).join('; '));
  const page = await (await connect(values.url)).runs.list.query({ ...filters.data, ...(values.flow ? { flowKey: values.flow } : {}) });
  if (values.json) {
    print(page);
    return 0;
  }
  for (const r of page.runs) print(`${r.id}\t${r.status}${r.outcome ? `(${r.outcome})` : ''}\t${r.startedAt}\t${r.position.join(',')}`);
  return 0;
}

async function event(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { url: { type: 'string' }, data: { type: 'string' } } });
  const [runId, name, ...extra] = positionals;
  if (!runId || !name || extra.length) throw new UsageError('event needs <runId> <name>');
  const data = values.data === undefined ? null : readJsonFile(values.data, '--data');
  await (await connect(values.url)).runs.sendEvent.mutate({ runId, name, data });
  print(`event "${name}" delivered to ${runId}`);
  return 0;
}

async function cancel(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { url: { type: 'string' }, reason: { type: 'string' } } });
  const [runId, ...extra] = positionals;
  if (!runId || extra.length) throw new UsageError('cancel needs exactly one <runId>');
  await (await connect(values.url)).runs.cancel.mutate({ runId, ...(values.reason ? { reason: values.reason } : {}) });
  print(`cancellation of ${runId} requested`);
  return 0;
}

const commands: Record<string, (args: string[]) => Promise<number>> = { start, show, list, event, cancel };

export async function main(args: string[]): Promise<number> {
  const [command, ...rest] = args;
  if (command === undefined || command === '--help' || command === '-h') {
    print(USAGE);
    return command === undefined ? 2 : 0;
  }
  const run = commands[command];
  try {
    if (!run) throw new UsageError(`unknown command "${command}"`);
    return await run(rest);
  } catch (error) {
    const parseError = error instanceof TypeError && 'code' in error && String(error.code).startsWith('ERR_PARSE_ARGS');
    if (error instanceof UsageError || parseError) {
      process.stderr.write(`switchboard run: ${error instanceof Error ? error.message : String(error)}\n\n${USAGE}\n`);
      return 2;
    }
    process.stderr.write(`switchboard run ${command}: ${describeApiError(error)}\n`);
    return 1;
  }
}
