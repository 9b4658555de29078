/** Demo audiences are generated in the database: the count, distinct phones, every n-th opted out, replace. */
import { createDb, recipients, type TDbHandle } from '@switchboard/drizzle';
import { and, count, countDistinct, eq } from 'drizzle-orm';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { seedAudience } from './seed-audience.ts';

let handle: TDbHandle;
beforeAll(async () => {
  handle = await createDb({ dataDir: null });
});
afterAll(async () => handle?.close());

it('seeds the count asked for, with distinct phones and every n-th recipient opted out', async () => {
  const progress: number[] = [];
  await seedAudience(handle.db, { audienceId: 'seed-a', count: 1234, optOutEvery: 10, onProgress: (d) => progress.push(d) });
  const [all] = await handle.db.select({ n: count(), phones: countDistinct(recipients.phone) }).from(recipients).where(eq(recipients.audienceId, 'seed-a'));
  expect(all).toEqual({ n: 1234, phones: 1234 });
  const [out] = await handle.db.select({ n: count() }).from(recipients).where(and(eq(recipients.audienceId, 'seed-a'), eq(recipients.optedOut, true)));
  expect(out?.n).toBe(123);
  expect(progress.at(-1)).toBe(1234);
  await seedAudience(handle.db, { audienceId: 'seed-a', count: 5, replace: true });
  const [after] = await handle.db.select({ n: count() }).from(recipients).where(eq(recipients.audienceId, 'seed-a'));
  expect(after?.n).toBe(5);
});

it('refuses a count outside 1..1,000,000 with the field named', async () => {
  await expect(seedAudience(handle.db, { audienceId: 'x', count: 0 })).rejects.toThrow(/count: expected 1\.\.1000000, got 0/);
  await expect(seedAudience(handle.db, { audienceId: 'x', count: 1_000_001 })).rejects.toThrow(/count/);
});
