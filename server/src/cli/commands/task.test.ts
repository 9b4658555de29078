/**
 * `switchboard task` against a real server: the real bin is spawned (asynchronously, so this process keeps
 * serving HTTP), and `--as` is proven to work only with an admin token or in embedded dev mode.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApiToken } from '../../auth/api-tokens.ts';
import { resolveConfig } from '../../app-config.ts';
import { env } from '../../env.ts';
import { appRouter } from '../../router/index.ts';
import { startInboxKit, type TInboxKit } from '../../router/inbox/inbox-test-kit.ts';
import { createCallerFactory, type TContext } from '../../trpc.ts';

const BIN = fileURLToPath(new URL('../../../bin/switchboard.mjs', import.meta.url));
const flow = {
  format: 'switchboard.flow/v1', key: 'cli-review', name: 'CLI review',
  nodes: [
    { id: 'start', kind: 'start', config: {} },
    { id: 'check', kind: 'review', config: { title: 'Check from the terminal', assignees: { groups: ['billing'] }, outcomes: ['approve', 'reject'], form: { type: 'object', required: ['note'] }, output: 'check' } },
    { id: 'done', kind: 'end', config: { outcome: 'completed', result: '=vars.check' } },
  ],
  edges: [{ id: 'e1', from: 'start', to: 'check' }, { id: 'e2', from: 'check', to: 'done', port: 'approve' }, { id: 'e3', from: 'check', to: 'done', port: 'reject' }],
};

let kit: TInboxKit;
let adminToken: string;
let ritaToken: string;
let taskId: string;
let runId: string;

function cli(args: string[], token?: string): Promise<{ code: number; stdout: string; stderr: string }> {
  const { SWITCHBOARD_TOKEN: _ignored, ...inherited } = process.env;
  const envVars = { ...inherited, SWITCHBOARD_URL: kit.app.url, ...(token ? { SWITCHBOARD_TOKEN: token } : {}) };
  return new Promise((resolve) => {
    execFile(process.execPath, [BIN, 'task', ...args], { env: envVars, timeout: 60_000 }, (error, stdout, stderr) => {
      resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr });
    });
  });
}

beforeAll(async () => {
  kit = await startInboxKit([
    { username: 'root', roles: ['admin'], groups: [] },
    { username: 'rita', roles: ['reviewer'], groups: ['billing'] },
  ]);
  adminToken = (await createApiToken(kit.app.db, kit.ids.get('root') ?? '', 'cli test', null)).token;
  ritaToken = (await createApiToken(kit.app.db, kit.ids.get('rita') ?? '', 'cli test', null)).token;
  runId = await kit.startRun(flow, { initiator: 'someone' });
  taskId = await kit.waitForTask(runId, 'check');
});
afterAll(() => kit?.stop());

describe('switchboard task', () => {
  it('lists as another user with an admin token', async () => {
    const { code, stdout } = await cli(['list', '--json', '--as', 'rita'], adminToken);
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toMatchObject({ items: [{ id: taskId, title: 'Check from the terminal' }], counts: { all: 1 } });
  });

  it('refuses --as without an admin token on a non-embedded server', async () => {
    const anonymous = await cli(['list', '--json', '--as', 'rita']);
    expect(anonymous.code).toBe(1);
    expect(anonymous.stderr).toMatch(/HTTP 403: x-switchboard-as \(--as\) needs an embedded dev server called from this machine, or an admin API token/);
    const reviewer = await cli(['list', '--as', 'root'], ritaToken);
    expect(reviewer.code).toBe(1);
    expect(reviewer.stderr).toMatch(/403/);
  });

  it('reports a usage error and an unreadable form file with exit 2', async () => {
    expect((await cli(['decide', taskId, '--as', 'rita'], adminToken)).code).toBe(2);
    const missing = await cli(['decide', taskId, '--outcome', 'approve', '--form', '/nonexistent/form.json', '--as', 'rita'], adminToken);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/--form: cannot read \/nonexistent\/form.json/);
  });

  it('decides with a form file; an invalid form is refused naming the field', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'task-cli-'));
    const bad = join(dir, 'bad.json');
    writeFileSync(bad, JSON.stringify({ other: 1 }));
    const refused = await cli(['decide', taskId, '--outcome', 'approve', '--form', bad, '--as', 'rita'], adminToken);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/form: .*note/);
    const good = join(dir, 'good.json');
    writeFileSync(good, JSON.stringify({ note: 'checked on the phone' }));
    const decided = await cli(['decide', taskId, '--outcome', 'approve', '--comment', 'ok', '--form', good, '--as', 'rita'], adminToken);
    expect(decided.stderr).toBe('');
    expect(decided.stdout).toBe(`${taskId}: decided (approve), approvals 1\n`);
    expect(await kit.app.temporal.workflow.getHandle(runId).result()).toMatchObject({ result: { outcome: 'approve', decidedBy: ['rita'], comment: 'ok' } });
  });

  it('accepts --as without credentials only on an embedded server called from this machine', async () => {
    const context = (embedded: boolean, clientAddress = '127.0.0.1'): TContext => ({
      db: kit.app.db,
      temporal: kit.app.temporal,
      user: null,
      auth: null,
      config: resolveConfig(env(), embedded),
      http: { viaHttp: true, clientAddress, header: (name) => (name === 'x-switchboard-as' ? 'rita' : undefined), setCookie: () => undefined },
    });
    const caller = createCallerFactory(appRouter);
    const asRita = await caller(context(true)).inbox.list({ status: 'any' });
    expect(asRita.items.map((t) => t.id)).toEqual([taskId]);
    await expect(caller(context(false)).inbox.list({})).rejects.toThrow(/needs an embedded dev server called from this machine, or an admin API token/);
    await expect(caller(context(true, '10.1.2.3')).inbox.list({})).rejects.toThrow(/called from this machine/);
  });
});
