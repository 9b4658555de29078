/** Publishing over real HTTP: drafts with optimistic concurrency, diagnostics on bad flows, immutable versions, params. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { upsertUser } from '@switchboard/drizzle/seed';
import { startTestApp, type TTestApp } from '../../test/app.ts';
import { call, login, type TSession } from '../../test/client.ts';

const helloDoc = (key: string) => ({
  format: 'switchboard.flow/v1',
  key,
  name: 'Hello review',
  parameters: { reviewSla: { schema: { type: 'string', pattern: '^[0-9]+[smhd]$' }, default: '24h' } },
  nodes: [
    { id: 'start', kind: 'start', config: {} },
    { id: 'prepare', kind: 'task', config: { activity: 'noop', input: { hello: '=input.name' } } },
    { id: 'review', kind: 'review', config: { title: 'Approve?', assignees: { groups: ['reviewers'] }, outcomes: ['approve', 'reject'], sla: { due: '=params.reviewSla' } } },
    { id: 'done', kind: 'end', config: { outcome: 'completed' } },
    { id: 'rejected', kind: 'end', config: { outcome: 'rejected' } },
  ],
  edges: [
    { id: 'e1', from: 'start', to: 'prepare' },
    { id: 'e2', from: 'prepare', to: 'review' },
    { id: 'e3', from: 'review', to: 'done', port: 'approve' },
    { id: 'e4', from: 'review', to: 'rejected', port: 'reject' },
  ],
});

let app: TTestApp;
let dora: TSession;
let otto: TSession;
let rita: TSession;

beforeAll(async () => {
  app = await startTestApp();
  await upsertUser(app.db, { username: 'dora', displayName: 'Dora', password: 'pw-dora', roles: ['designer'] });
  await upsertUser(app.db, { username: 'otto', displayName: 'Otto', password: 'pw-otto', roles: ['operator'] });
  await upsertUser(app.db, { username: 'rita', displayName: 'Rita', password: 'pw-rita', roles: ['reviewer'] });
  [dora, otto, rita] = await Promise.all([login(app.url, 'dora', 'pw-dora'), login(app.url, 'otto', 'pw-otto'), login(app.url, 'rita', 'pw-rita')]);
});
afterAll(() => app?.stop());

const mutate = (path: string, input: unknown, session: TSession) => call(app.url, 'mutation', path, input, { session });
const query = (path: string, input: unknown, session: TSession) => call(app.url, 'query', path, input, { session });

describe('flows API', () => {
  it('imports, publishes version 1 with plan and hash, and lists it', async () => {
    const imported = await mutate('flows.importDocument', { document: helloDoc('hello-one') }, dora);
    expect(imported.data).toEqual({ key: 'hello-one', draftRevision: 1, created: true });
    const published = await mutate('flows.publish', { key: 'hello-one', note: 'first' }, dora);
    expect(published.data, JSON.stringify(published.body)).toMatchObject({ ok: true, version: 1 });
    const version = await query('flows.getVersion', { key: 'hello-one', version: 1 }, rita);
    expect(version.data).toMatchObject({ author: 'dora', note: 'first', plan: { flowKey: 'hello-one', startNodeId: 'start' }, params: { reviewSla: '24h' } });
    const listed = await query('flows.list', undefined, rita);
    expect(listed.data).toEqual(expect.arrayContaining([expect.objectContaining({ key: 'hello-one', latestVersion: 1, versionCount: 1 })]));
  });

  it('refuses to publish a flow with errors and returns the diagnostics', async () => {
    const broken = helloDoc('hello-broken');
    broken.edges = broken.edges.filter((e) => e.id !== 'e4');
    await mutate('flows.importDocument', { document: broken }, dora);
    const published = await mutate('flows.publish', { key: 'hello-broken' }, dora);
    expect(published.status).toBe(200);
    expect(published.data).toMatchObject({ ok: false, diagnostics: expect.arrayContaining([expect.objectContaining({ code: 'PORT_UNROUTED', nodeId: 'review' })]) });
    expect((await query('flows.versions', { key: 'hello-broken' }, dora)).data).toEqual([]);
    const checked = await mutate('flows.check', { document: broken }, rita);
    expect(checked.data).toMatchObject({ ok: false });
  });

  it('refuses a stale draft save with CONFLICT and keeps the newer draft', async () => {
    await mutate('flows.importDocument', { document: helloDoc('hello-two') }, dora);
    const first = await mutate('flows.saveDraft', { key: 'hello-two', draftRevision: 1, document: { ...helloDoc('hello-two'), name: 'Tab A' } }, dora);
    expect(first.data).toMatchObject({ draftRevision: 2 });
    const stale = await mutate('flows.saveDraft', { key: 'hello-two', draftRevision: 1, document: { ...helloDoc('hello-two'), name: 'Tab B' } }, dora);
    expect(stale.status).toBe(409);
    expect(stale.error?.message).toMatch(/revision 2.*revision 1.*Reload/);
    expect((await query('flows.get', { key: 'hello-two' }, dora)).data).toMatchObject({ name: 'Tab A', draftRevision: 2 });
  });

  it('keeps versions immutable: a new publish adds version 2, version 1 is unchanged', async () => {
    const before = await query('flows.getVersion', { key: 'hello-one', version: 1 }, dora);
    const changed = { ...helloDoc('hello-one'), name: 'Hello review v2' };
    await mutate('flows.saveDraft', { key: 'hello-one', draftRevision: 1, document: changed }, dora);
    const second = await mutate('flows.publish', { key: 'hello-one', note: 'second' }, dora);
    expect(second.data).toMatchObject({ ok: true, version: 2 });
    const after = await query('flows.getVersion', { key: 'hello-one', version: 1 }, dora);
    expect(after.data).toEqual(before.data);
  });

  it('publishing concurrently hands out distinct version numbers', async () => {
    await mutate('flows.importDocument', { document: helloDoc('hello-race') }, dora);
    const results = await Promise.all([1, 2, 3].map(() => mutate('flows.publish', { key: 'hello-race' }, dora)));
    const versions = results.map((r) => Reflect.get(Object(r.data), 'version')).sort();
    expect(versions).toEqual([1, 2, 3]);
  });

  it('lets an operator override parameters, validated against the schema and audited', async () => {
    const bad = await mutate('flows.setParams', { key: 'hello-one', version: 1, values: { reviewSla: 'soon', nope: 1 }, reason: 'test' }, otto);
    expect(bad.status).toBe(400);
    expect(bad.error?.message).toMatch(/values\.reviewSla/);
    expect(bad.error?.message).toMatch(/values\.nope/);
    const ok = await mutate('flows.setParams', { key: 'hello-one', version: 1, values: { reviewSla: '2h' }, reason: 'busy week' }, otto);
    expect(ok.data).toEqual({ paramOverrides: { reviewSla: '2h' }, params: { reviewSla: '2h' } });
    expect((await mutate('flows.publish', { key: 'hello-one' }, otto)).status).toBe(403);
  });

  it('names the fields of malformed input', async () => {
    const result = await mutate('flows.saveDraft', { key: 'X', draftRevision: 'one', document: [] }, dora);
    expect(result.status).toBe(400);
    for (const field of ['key', 'draftRevision', 'document']) expect(result.error?.message).toContain(field);
  });

  it('refuses a 10 MB document with 413 instead of tying up the server', async () => {
    const huge = { ...helloDoc('hello-huge'), description: 'x'.repeat(10 * 1024 * 1024) };
    const started = performance.now();
    const result = await mutate('flows.importDocument', { document: huge }, dora);
    expect(result.status).toBe(413);
    expect(performance.now() - started).toBeLessThan(5000);
    expect((await query('flows.list', undefined, rita)).status).toBe(200);
  });

  it('lists the catalog with built-ins and declared activity types', async () => {
    const catalog = await query('catalog.list', undefined, rita);
    const types = (Array.isArray(catalog.data) ? catalog.data : []).map((t) => Reflect.get(Object(t), 'type'));
    expect(types).toEqual(expect.arrayContaining(['noop', 'http.request', 'telecom.findCustomerByIdNumber']));
  });
});
