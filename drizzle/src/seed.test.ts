/** The seed runs on every start, so running it twice must change nothing and never fail on a bad library file. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { count, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDb, type TDbHandle } from './db.ts';
import { verifyPassword } from './passwords.ts';
import { auditLog, flowVersions, flows, groupMembers, groups, recipients, userRoles, users } from './schema.ts';
import { DEMO_AUDIENCE, DEMO_PASSWORD, DEMO_TEST_NUMBERS, seed, type TCompileForSeed } from './seed.ts';

let handle: TDbHandle;
beforeAll(async () => {
  handle = await createDb({ dataDir: null });
});
afterAll(() => handle?.close());

const libraryDir = mkdtempSync(join(tmpdir(), 'sb-library-'));
writeFileSync(join(libraryDir, 'good.flow.json'), JSON.stringify({ key: 'good-flow', name: 'Good' }));
writeFileSync(join(libraryDir, 'bad.flow.json'), JSON.stringify({ key: 'bad-flow', name: 'Bad' }));
writeFileSync(join(libraryDir, 'broken.flow.json'), '{ not json');

/** A stand-in compiler at the seed's own boundary: "good-flow" compiles, everything else has errors. */
const compile: TCompileForSeed = async (document) => {
  const key = Reflect.get(Object(document), 'key');
  return key === 'good-flow' ? { ok: true, plan: { flowKey: key }, planHash: 'h1' } : { ok: false, errors: ['START_MISSING: no start'] };
};

async function counts() {
  const db = handle.db;
  const [u] = await db.select({ n: count() }).from(users);
  const [r] = await db.select({ n: count() }).from(userRoles);
  const [g] = await db.select({ n: count() }).from(groups);
  const [m] = await db.select({ n: count() }).from(groupMembers);
  const [f] = await db.select({ n: count() }).from(flows);
  const [p] = await db.select({ n: count() }).from(recipients);
  const [v] = await db.select({ n: count() }).from(flowVersions);
  return { users: u?.n, roles: r?.n, groups: g?.n, members: m?.n, flows: f?.n, versions: v?.n, recipients: p?.n };
}

describe('seed', () => {
  it('creates the demo users with roles and groups, the admin, and publishes only compiling library flows', async () => {
    const lines: string[] = [];
    const report = await seed(handle.db, { demo: true, admin: { username: 'root', password: 'a-long-password' }, library: { dir: libraryDir, compile }, log: (l) => lines.push(l) });
    expect(report).toEqual({ demoUsersCreated: 8, demoRecipientsCreated: 203, adminCreated: true, flowsPublished: ['good-flow'] });
    expect(lines.join('\n')).toMatch(/bad-flow not published/);
    expect(lines.join('\n')).toMatch(/broken\.flow\.json/);
    const [rita] = await handle.db.select().from(users).where(eq(users.username, 'rita'));
    expect(rita && (await verifyPassword(rita.passwordHash, DEMO_PASSWORD))).toBe(true);
    const ritaGroups = await handle.db.select().from(groupMembers).where(eq(groupMembers.userId, rita?.id ?? ''));
    expect(ritaGroups.map((g) => g.groupId).sort()).toEqual(['billing', 'reviewers', 'service-dept']);
    expect(await counts()).toMatchObject({ users: 9, groups: 10, flows: 2, versions: 1, recipients: 203 });
  });

  it('gives a campaign distinct people for every step, a whitelist and a demo audience with opt-outs', async () => {
    const members = async (groupId: string) =>
      (await handle.db.select({ username: users.username }).from(groupMembers).innerJoin(users, eq(users.id, groupMembers.userId)).where(eq(groupMembers.groupId, groupId))).map((m) => m.username).sort();
    // The owner (operator, marketing) reviews nothing; business-a, business-b and service-dept are other people.
    expect(await members('marketing')).toEqual(['otto']);
    const [a, b, service] = [await members('business-a'), await members('business-b'), await members('service-dept')];
    expect(a).toEqual(['ravi']);
    expect(b).toEqual(['bea']);
    expect(service).toEqual(['rita']);
    const whitelist = await handle.db.select({ phone: recipients.phone }).from(recipients).where(eq(recipients.audienceId, 'test-numbers'));
    expect(whitelist.map((r) => r.phone).sort()).toEqual([...DEMO_TEST_NUMBERS]);
    const demo = await handle.db.select({ phone: recipients.phone, name: recipients.name, optedOut: recipients.optedOut }).from(recipients).where(eq(recipients.audienceId, DEMO_AUDIENCE.id));
    expect(demo).toHaveLength(200);
    expect(demo.filter((r) => r.optedOut)).toHaveLength(10);
    expect(new Set(demo.map((r) => r.phone)).size).toBe(200);
    expect(demo.every((r) => r.name !== '' && !whitelist.some((w) => w.phone === r.phone))).toBe(true);
  });

  it('is idempotent: a second run adds nothing and keeps edits', async () => {
    const before = await counts();
    await handle.db.update(flows).set({ name: 'edited by a designer' }).where(eq(flows.key, 'good-flow'));
    const report = await seed(handle.db, { demo: true, admin: { username: 'root', password: 'a-long-password' }, library: { dir: libraryDir, compile } });
    expect(report).toEqual({ demoUsersCreated: 0, demoRecipientsCreated: 0, adminCreated: false, flowsPublished: [] });
    expect(await counts()).toEqual(before);
    const [flow] = await handle.db.select().from(flows).where(eq(flows.key, 'good-flow'));
    expect(flow?.name).toBe('edited by a designer');
  });

  it('without demo mode creates no demo users', async () => {
    const other = await createDb({ dataDir: null });
    try {
      await seed(other.db, { demo: false });
      const [u] = await other.db.select({ n: count() }).from(users);
      expect(u?.n).toBe(0);
      const [p] = await other.db.select({ n: count() }).from(recipients);
      expect(p?.n).toBe(0);
      const [a] = await other.db.select({ n: count() }).from(auditLog);
      expect(a?.n).toBe(0);
    } finally {
      await other.close();
    }
  });
});
