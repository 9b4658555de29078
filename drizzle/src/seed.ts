/**
 * The start-up seed, safe to run on every start: demo users, groups and campaign audiences in embedded mode only,
 * the production admin from SWITCHBOARD_ADMIN_USERNAME/PASSWORD when given, and the library flows.
 */
import type { TDb } from './db.ts';
import { seedCampaignDemo } from './seed-campaign-demo.ts';
import { seedLibraryFlows, type TCompileForSeed } from './seed-library.ts';
import { DEMO_GROUPS, DEMO_PASSWORD, DEMO_USERS, ensureGroups, upsertUser } from './seed-users.ts';

export { DEMO_GROUPS, DEMO_PASSWORD, DEMO_USERS, upsertUser, type TUserSpec } from './seed-users.ts';
export type { TCompileForSeed } from './seed-library.ts';
export { DEMO_AUDIENCE, DEMO_TEST_NUMBERS } from './seed-campaign-demo.ts';

export type TSeedOptions = {
  demo: boolean;
  admin?: { username: string; password: string } | null;
  library?: { dir: string; compile: TCompileForSeed } | null;
  log?: (line: string) => void;
};

export type TSeedReport = { demoUsersCreated: number; demoRecipientsCreated: number; adminCreated: boolean; flowsPublished: string[] };

export async function seed(db: TDb, options: TSeedOptions): Promise<TSeedReport> {
  const log = options.log ?? (() => undefined);
  await ensureGroups(db, DEMO_GROUPS);
  let demoUsersCreated = 0;
  let demoRecipientsCreated = 0;
  if (options.demo) {
    for (const user of DEMO_USERS) {
      if ((await upsertUser(db, { ...user, password: DEMO_PASSWORD })).created) demoUsersCreated += 1;
    }
    demoRecipientsCreated = await seedCampaignDemo(db);
  }
  let adminCreated = false;
  if (options.admin) {
    const spec = { ...options.admin, displayName: options.admin.username, roles: ['admin'] as const };
    adminCreated = (await upsertUser(db, spec)).created;
    if (adminCreated) log(`seed: created admin user ${options.admin.username} from SWITCHBOARD_ADMIN_USERNAME`);
  }
  const flowsPublished = options.library ? await seedLibraryFlows(db, { ...options.library, log }) : [];
  return { demoUsersCreated, demoRecipientsCreated, adminCreated, flowsPublished };
}
