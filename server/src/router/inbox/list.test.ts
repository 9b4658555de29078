/**
 * inbox.list over a real database (PGlite, or PostgreSQL with TEST_DATABASE_URL) through the router: keyset
 * pagination, the bigram text filter (Chinese, case, LIKE metacharacters), visibility per role, capped counts.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Client, Connection } from '@temporalio/client';
import { createDb, tasks, type TDbHandle } from '@switchboard/drizzle';
import { createTaskActivities } from '@switchboard/worker/activities/tasks';
import { createOutboxGateway } from '@switchboard/worker/gateway/outbox-gateway';
import { searchColumns, taskAudience } from '@switchboard/worker/activities/tasks-search';
import { resolveConfig } from '../../app-config.ts';
import { env } from '../../env.ts';
import { createCallerFactory, internalHttp, type TContext, type TSessionUser } from '../../trpc.ts';
import { appRouter } from '../index.ts';
import { createTestDatabase, type TTestDatabase } from '../../test/database.ts';

let handle: TDbHandle;
let database: TTestDatabase;
let temporal: Client;
const person = (id: string, roles: TSessionUser['roles'], groups: string[]): TSessionUser => ({ id, username: id, displayName: id, locale: 'en', roles, groups });
const rita = person('u-rita', ['reviewer'], ['billing']);
const otto = person('u-otto', ['operator'], []);
const bulk = person('u-bulk', ['reviewer'], ['bulk']);
const caller = (user: TSessionUser) =>
  createCallerFactory(appRouter)({ db: handle.db, temporal, user, auth: { kind: 'internal' }, config: resolveConfig(env(), false), http: internalHttp } satisfies TContext);

const seed = [
  { node: 'a', title: '宽带断网 broadband outage', groups: ['billing'], dueInMin: -30 },
  { node: 'b', title: 'Replace the ONT', groups: ['billing'], dueInMin: 10 },
  { node: 'c', title: '退款 100% refund', groups: ['billing', 'network'], dueInMin: 20 },
  { node: 'd', title: 'network only', groups: ['network'], dueInMin: 5 },
  { node: 'e', title: 'no due time', groups: ['billing'], dueInMin: null },
];

beforeAll(async () => {
  database = await createTestDatabase();
  handle = await createDb(database.url ? { url: database.url } : { dataDir: null });
  temporal = new Client({ connection: Connection.lazy({ address: '127.0.0.1:1' }) });
  const acts = createTaskActivities({ db: handle.db, gateway: createOutboxGateway(handle.db) });
  for (const t of seed) {
    await acts.taskOpen({
      taskId: `run-list:${t.node}:1`, runId: 'run-list', nodeId: t.node, flowKey: 'list-test', version: 1, title: t.title, instructions: null,
      outcomes: ['approve'], form: null, quorum: 1, groups: t.groups, users: [], createdAt: new Date().toISOString(),
      dueAt: t.dueInMin === null ? null : new Date(Date.now() + t.dueInMin * 60_000).toISOString(), context: {},
    });
  }
  const many = Array.from({ length: 1005 }, (_, i) => ({
    id: `run-bulk-${i}:n:1`, runId: `run-bulk-${i}`, nodeId: 'n', flowKey: 'bulk', version: 1, title: `bulk ${i}`, outcomes: ['ok'],
    assigneeGroups: ['bulk'], audience: taskAudience({ groups: ['bulk'], users: [], watchers: [], claimedBy: null }), ...searchColumns([`bulk ${i}`]),
  }));
  await handle.db.insert(tasks).values(many);
});
afterAll(async () => {
  await temporal.connection.close().catch(() => undefined);
  await handle.close();
  await database.drop();
});

describe('inbox.list', () => {
  it('pages through the caller tasks in due order without gaps or repeats', async () => {
    const ids: string[] = [];
    let cursor: string | undefined;
    for (let page = 0; page < 10; page += 1) {
      const result = await caller(rita).inbox.list({ limit: 2, ...(cursor ? { cursor } : {}) });
      ids.push(...result.items.map((t) => t.id));
      if (!result.nextCursor) break;
      cursor = result.nextCursor;
    }
    expect(ids).toEqual(['a', 'b', 'c', 'e'].map((n) => `run-list:${n}:1`));
  });

  it('finds Chinese and Latin substrings, ignores case, and treats % literally', async () => {
    const find = async (text: string) => (await caller(rita).inbox.list({ text })).items.map((t) => t.nodeId);
    expect(await find('宽带')).toEqual(['a']);
    expect(await find('the ont')).toEqual(['b']);
    expect(await find('100%')).toEqual(['c']);
    expect(await find('0%')).toEqual(['c']);
    expect(await find('o')).toEqual(['a', 'b', 'e']);
    expect(await find('nothing like this')).toEqual([]);
  });

  it('shows reviewers their groups only, operators everything, and counts the same way', async () => {
    const mineOnly = await caller(rita).inbox.list({});
    expect(mineOnly.counts).toEqual({ all: 4, mine: 0, groups: 4, overdue: 1 });
    expect((await caller(rita).inbox.list({ overdue: true })).items.map((t) => t.nodeId)).toEqual(['a']);
    const everything = await caller(otto).inbox.list({ flowKey: 'list-test' });
    expect(everything.items.map((t) => t.nodeId)).toEqual(['a', 'd', 'b', 'c', 'e']);
  });

  it('caps counts at countCap', async () => {
    const result = await caller(bulk).inbox.list({ limit: 5 });
    expect(result.countCap).toBe(1000);
    expect(result.counts.all).toBe(1000);
    expect(result.items).toHaveLength(5);
  });

  it('refuses a forged cursor naming the field', async () => {
    await expect(caller(rita).inbox.list({ cursor: 'bm90LWEtY3Vyc29y' })).rejects.toThrow(/cursor/);
  });
});
