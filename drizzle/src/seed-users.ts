/**
 * Users and groups for the seed, the production admin bootstrap and `switchboard admin create-user`.
 * `upsertUser` is idempotent: it creates the user once and afterwards only adds missing roles and groups.
 */
import { eq } from 'drizzle-orm';
import { randomUUID } from 'node:crypto';
import type { TDb } from './db.ts';
import { hashPassword } from './passwords.ts';
import { groupMembers, groups, userRoles, users, type TRole } from './schema.ts';

export const DEMO_GROUPS = [
  { id: 'reviewers', name: '审核组 Reviewers' },
  { id: 'billing', name: '计费部 Billing' },
  { id: 'network', name: '网络部 Network' },
  { id: 'service-dept', name: '服务部 Service department' },
  { id: 'marketing', name: '市场部 Marketing' },
  { id: 'business-a', name: '业务A Business unit A' },
  { id: 'business-b', name: '业务B Business unit B' },
  { id: 'collections', name: '催缴 Collections' },
  { id: 'dispatch', name: '派单 Dispatch' },
  { id: 'supervisors', name: '主管 Supervisors' },
] as const;

export type TUserSpec = {
  username: string;
  displayName: string;
  password: string;
  roles: readonly TRole[];
  groups?: readonly string[];
  locale?: string;
};

/**
 * The demo logins of embedded mode (interfaces.md); all share the password `switchboard`. A campaign walks through
 * otto (owner, marketing), ravi (business-a), bea (business-b) and rita (service-dept): distinct people, as the
 * campaign flow's reviews need.
 */
export const DEMO_USERS: readonly Omit<TUserSpec, 'password'>[] = [
  { username: 'admin', displayName: '管理员 Admin', roles: ['admin'] },
  { username: 'dora', displayName: 'Dora (designer)', roles: ['designer'] },
  { username: 'rita', displayName: 'Rita (reviewer)', roles: ['reviewer'], groups: ['reviewers', 'billing', 'service-dept'] },
  { username: 'ravi', displayName: 'Ravi (reviewer)', roles: ['reviewer'], groups: ['reviewers', 'network', 'business-a'] },
  { username: 'bea', displayName: 'Bea (reviewer)', roles: ['reviewer'], groups: ['reviewers', 'business-b'] },
  { username: 'sam', displayName: 'Sam (supervisor)', roles: ['reviewer'], groups: ['supervisors'] },
  { username: 'otto', displayName: 'Otto (operator)', roles: ['operator'], groups: ['marketing'] },
  { username: 'dev', displayName: 'Dev (developer)', roles: ['developer'] },
];
export const DEMO_PASSWORD = 'switchboard';

export async function ensureGroups(db: TDb, list: ReadonlyArray<{ id: string; name: string }>): Promise<void> {
  if (list.length) await db.insert(groups).values([...list]).onConflictDoNothing();
}

export type TUpsertResult = { id: string; created: boolean };

export async function upsertUser(db: TDb, spec: TUserSpec, options: { resetPassword?: boolean } = {}): Promise<TUpsertResult> {
  const [existing] = await db.select({ id: users.id }).from(users).where(eq(users.username, spec.username));
  let id = existing?.id;
  if (!id) {
    id = randomUUID();
    const passwordHash = await hashPassword(spec.password);
    await db.insert(users).values({ id, username: spec.username, displayName: spec.displayName, passwordHash, ...(spec.locale ? { locale: spec.locale } : {}) });
  } else if (options.resetPassword) {
    await db.update(users).set({ passwordHash: await hashPassword(spec.password) }).where(eq(users.id, id));
  }
  const userId = id;
  if (spec.roles.length) await db.insert(userRoles).values(spec.roles.map((role) => ({ userId, role }))).onConflictDoNothing();
  const memberOf = spec.groups ?? [];
  if (memberOf.length) {
    await ensureGroups(db, memberOf.map((g) => ({ id: g, name: g })));
    await db.insert(groupMembers).values(memberOf.map((groupId) => ({ groupId, userId }))).onConflictDoNothing();
  }
  return { id: userId, created: !existing };
}
