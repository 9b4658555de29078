/**
 * Demo data for walking a campaign from draft to sent with `npm start` (embedded mode only): the whitelist
 * `test-numbers` the instruction test sends to, and a small audience `demo` with some customers opted out, so the
 * reviewers see a real audience size and the send skips the opt-outs. An audience that already has rows belongs to
 * whoever filled it (the CLI's seed-audience, an operator) and is never topped up or changed.
 */
import { count, eq } from 'drizzle-orm';
import type { TDb } from './db.ts';
import { recipients } from './schema.ts';

export const DEMO_TEST_NUMBERS = ['13800000000', '13800000001', '13800000002'] as const;
export const DEMO_AUDIENCE = { id: 'demo', size: 200, optOutEvery: 20 } as const;

const SURNAMES = ['王', '李', '张', '刘', '陈', '杨', '赵', '黄', '周', '吴'];
const GIVEN = ['一', '芳', '伟', '娜', '敏', '静', '磊', '洋', '勇', '艳', '杰', '军', '涛', '明', '超', '霞', '平', '刚', '桂英', '丹'];

type TRecipientRow = typeof recipients.$inferInsert;

/** Adds the demo audiences that are still empty; returns how many recipients were inserted. */
export async function seedCampaignDemo(db: TDb): Promise<number> {
  const whitelist = DEMO_TEST_NUMBERS.map((phone, i) => ({ audienceId: 'test-numbers', phone, name: `测试号${i + 1}` }));
  const audience = Array.from({ length: DEMO_AUDIENCE.size }, (_, i) => ({
    audienceId: DEMO_AUDIENCE.id,
    // 139… keeps the demo customers apart from the whitelist's 138… numbers.
    phone: String(13900000000 + i),
    name: `${SURNAMES[i % SURNAMES.length] ?? ''}${GIVEN[Math.floor(i / SURNAMES.length) % GIVEN.length] ?? ''}`,
    optedOut: (i + 1) % DEMO_AUDIENCE.optOutEvery === 0,
  }));
  return (await fillIfEmpty(db, 'test-numbers', whitelist)) + (await fillIfEmpty(db, DEMO_AUDIENCE.id, audience));
}

async function fillIfEmpty(db: TDb, audienceId: string, rows: TRecipientRow[]): Promise<number> {
  const [existing] = await db.select({ n: count() }).from(recipients).where(eq(recipients.audienceId, audienceId));
  if ((existing?.n ?? 0) > 0) return 0;
  await db.insert(recipients).values(rows);
  return rows.length;
}
