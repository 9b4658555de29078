/** The real `switchboard` bin, spawned with node: exit codes, --json shape, compile output, bad input. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const BIN = fileURLToPath(new URL('../../../bin/switchboard.mjs', import.meta.url));
const LIBRARY = fileURLToPath(new URL('../../../../flows/library/', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'flow-cli-'));

function run(...args: string[]) {
  const result = spawnSync(process.execPath, [BIN, 'flow', ...args], { encoding: 'utf8', timeout: 60_000 });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

function file(name: string, content: unknown): string {
  const path = join(dir, name);
  writeFileSync(path, typeof content === 'string' ? content : JSON.stringify(content));
  return path;
}

const flow = (key: string, extra: { nodes?: unknown[]; edges?: unknown[] } = {}) => ({
  format: 'switchboard.flow/v1', key, name: key,
  nodes: extra.nodes ?? [{ id: 'start', kind: 'start' }, { id: 'done', kind: 'end', config: { outcome: 'completed' } }],
  edges: extra.edges ?? [{ id: 'e1', from: 'start', to: 'done' }],
});

describe('switchboard flow', () => {
  it('checks the library flows with no errors (exit 0)', () => {
    const files = ['broadband-disconnection', 'campaign-approval', 'complaint-follow-up', 'hello-review'].map((k) => join(LIBRARY, `${k}.flow.json`));
    const { code, stdout } = run('check', ...files, '--json');
    expect(code).toBe(0);
    const report = JSON.parse(stdout) as { files: Array<{ file: string; ok: boolean; diagnostics: unknown[] }> };
    expect(report.files.map((f) => [f.ok, f.diagnostics])).toEqual(files.map(() => [true, []]));
    expect(report.files.map((f) => f.file)).toEqual(files);
  });

  it('exits 1 with diagnostics when a file has an error, and reports every file', () => {
    const good = file('good.flow.json', flow('good-flow'));
    const bad = file('bad.flow.json', flow('bad-flow', { edges: [{ id: 'e1', from: 'start', to: 'nowhere' }] }));
    const { code, stdout } = run('check', good, bad, '--json');
    expect(code).toBe(1);
    const report = JSON.parse(stdout) as { files: Array<{ ok: boolean; diagnostics: Array<{ code: string; edgeId?: string }> }> };
    expect(report.files[0]?.ok).toBe(true);
    expect(report.files[1]?.ok).toBe(false);
    expect(report.files[1]?.diagnostics.map((d) => [d.code, d.edgeId])).toContainEqual(['EDGE_DANGLING', 'e1']);
    const text = run('check', bad);
    expect(text.code).toBe(1);
    expect(text.stdout).toMatch(/EDGE_DANGLING/);
  });

  it('reports non-JSON as FORMAT_INVALID (exit 1) and an unreadable file as exit 2', () => {
    const garbage = file('garbage.flow.json', '{ not json');
    const { code, stdout } = run('check', garbage, '--json');
    expect(code).toBe(1);
    expect(JSON.parse(stdout).files[0].diagnostics[0].code).toBe('FORMAT_INVALID');
    const missing = run('check', join(dir, 'missing.flow.json'));
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/cannot read/);
  });

  it('exits 2 on usage errors and prints help', () => {
    expect(run().code).toBe(2);
    expect(run('check').code).toBe(2);
    expect(run('check', '--bogus', 'x').code).toBe(2);
    expect(run('frobnicate').code).toBe(2);
    const help = run('--help');
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/check <file>\.\.\./);
    expect(run('check', '--help').code).toBe(0);
  });

  it('knows the files named on the command line as subflows', () => {
    const child = file('child.flow.json', flow('cli-child'));
    const parent = file('parent.flow.json', flow('cli-parent', {
      nodes: [{ id: 'start', kind: 'start' }, { id: 'sub', kind: 'subflow', config: { flow: 'cli-child', input: {} } }, { id: 'done', kind: 'end', config: { outcome: 'completed' } }],
      edges: [{ id: 'e1', from: 'start', to: 'sub' }, { id: 'e2', from: 'sub', to: 'done' }],
    }));
    expect(run('check', parent).code).toBe(1);
    expect(run('check', parent, child).code).toBe(0);
  });

  it('uses --catalog for more activity types and refuses a malformed catalog', () => {
    const doc = file('custom.flow.json', flow('custom-flow', {
      nodes: [{ id: 'start', kind: 'start' }, { id: 't', kind: 'task', config: { activity: 'acme.ping', input: { host: 'a' } } }, { id: 'done', kind: 'end', config: { outcome: 'completed' } }],
      edges: [{ id: 'e1', from: 'start', to: 't' }, { id: 'e2', from: 't', to: 'done' }],
    }));
    expect(run('check', doc).code).toBe(1);
    const catalog = file('catalog.json', [{ type: 'acme.ping', title: 'Ping', inputSchema: { type: 'object', required: ['host'] }, outputSchema: {} }]);
    expect(run('check', doc, '--catalog', catalog).code).toBe(0);
    expect(run('check', doc, '--catalog', file('bad-catalog.json', { nope: 1 })).code).toBe(2);
  });

  it('compiles to a plan on stdout or --out, and exits 1 with diagnostics on errors', () => {
    const hello = join(LIBRARY, 'hello-review.flow.json');
    const { code, stdout } = run('compile', hello);
    expect(code).toBe(0);
    const plan = JSON.parse(stdout) as { flowKey: string; irVersion: number; hash: string };
    expect([plan.flowKey, plan.irVersion]).toEqual(['hello-review', 1]);
    expect(plan.hash).toMatch(/^[0-9a-f]{64}$/);
    const out = join(dir, 'plan.json');
    expect(run('compile', hello, '--out', out).code).toBe(0);
    expect(JSON.parse(readFileSync(out, 'utf8'))).toEqual(plan);
    const broken = run('compile', file('broken.flow.json', flow('broken-flow', { edges: [] })));
    expect(broken.code).toBe(1);
    expect(broken.stderr).toMatch(/NODE_DEAD_END/);
    expect(run('compile', hello, hello).code).toBe(2);
  });
});
