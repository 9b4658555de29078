/**
 * Every procedure of the router, found by enumeration (so procedures added later are covered too), is called
 * over real HTTP anonymously and as a user holding each single role: anonymous → 401 unless public, a role not
 * allowed → 403, an allowed role → neither. Public procedures must be on the allowlist below, and the table pins
 * the access of the procedures whose rules come from the issues (publishing is designer/admin only, …).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { ROLES, type TRole } from '@switchboard/drizzle';
import { upsertUser } from '@switchboard/drizzle/seed';
import { createSession } from '../auth/sessions.ts';
import { startTestApp, type TTestApp } from '../test/app.ts';
import { call, type TSession } from '../test/client.ts';
import { appRouter } from './index.ts';

const PUBLIC_ALLOWLIST = ['auth.login', 'health.ping'];

/** Access the issues prescribe; any procedure not listed here is checked against its own declaration. */
const EXPECTED: Record<string, 'public' | 'authed' | TRole[]> = {
  'auth.login': 'public',
  'auth.logout': 'authed',
  'auth.me': 'authed',
  'auth.createToken': 'authed',
  'users.list': ['admin'],
  'users.groups': 'authed',
  'flows.saveDraft': ['admin', 'designer'],
  'flows.publish': ['admin', 'designer'],
  'flows.importDocument': ['admin', 'designer'],
  'flows.setParams': ['admin', 'operator'],
  'messages.check': 'authed',
  'messages.profiles': 'authed',
  'messages.acknowledgements': 'authed',
  'messages.acknowledge': ['admin', 'designer', 'reviewer'],
};

const ZAccess = z.union([z.literal('public'), z.literal('authed'), z.array(z.enum(ROLES))]);
const ZProcedureDef = z.object({ type: z.enum(['query', 'mutation', 'subscription']), meta: z.object({ access: ZAccess }).optional() });

const procedures = Object.entries(appRouter._def.procedures).map(([path, procedure]) => {
  const def = ZProcedureDef.parse(Reflect.get(Object(procedure), '_def'));
  return { path, type: def.type === 'query' ? 'query' as const : 'mutation' as const, access: def.meta?.access };
});

let app: TTestApp;
const userIds = new Map<TRole, string>();

beforeAll(async () => {
  app = await startTestApp();
  for (const role of ROLES) {
    userIds.set(role, (await upsertUser(app.db, { username: `only-${role}`, displayName: role, password: 'pw-for-tests', roles: [role] })).id);
  }
});
afterAll(() => app?.stop());

/** A fresh session per call, so a procedure like logout never spoils the next call. */
async function sessionFor(role: TRole): Promise<TSession> {
  const userId = userIds.get(role);
  if (!userId) throw new Error(`no user for ${role}`);
  const s = await createSession(app.db, userId, 60_000);
  return { cookie: `sb_session=${s.token}`, csrfToken: s.csrfToken };
}

describe('access control of every procedure', () => {
  it('finds the procedures and every one declares who may call it', () => {
    expect(procedures.length).toBeGreaterThan(5);
    for (const p of procedures) expect(p.access, `${p.path} declares no access`).toBeDefined();
  });

  it('only allowlisted procedures are public, and the prescribed ones match the table', () => {
    for (const p of procedures) {
      if (p.access === 'public') expect(PUBLIC_ALLOWLIST, `${p.path} is public but not allowlisted`).toContain(p.path);
      const expected = EXPECTED[p.path];
      const sorted = (a: typeof p.access) => (Array.isArray(a) ? [...a].sort() : a);
      if (expected !== undefined) expect(sorted(p.access), p.path).toEqual(sorted(expected));
    }
  });

  it.each(procedures.filter((p) => p.access !== 'public'))('$path: anonymous → 401', async (p) => {
    const result = await call(app.url, p.type, p.path, {});
    expect(result.status, JSON.stringify(result.body)).toBe(401);
  });

  it.each(procedures.filter((p) => p.access !== 'public'))('$path: each role → 403 unless allowed', async (p) => {
    for (const role of ROLES) {
      const allowed = p.access === 'authed' || (Array.isArray(p.access) && p.access.includes(role));
      const result = await call(app.url, p.type, p.path, {}, { session: await sessionFor(role) });
      if (allowed) expect([401, 403], `${p.path} as ${role}: ${JSON.stringify(result.body)}`).not.toContain(result.status);
      else expect(result.status, `${p.path} as ${role}`).toBe(403);
    }
  });
});
