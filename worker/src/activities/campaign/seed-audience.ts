/**
 * Demo audiences of up to a million recipients, generated inside the database (`generate_series`) in chunks so
 * a million rows take seconds and little memory. Used by `switchboard campaign seed-audience` and the benchmark.
 */
import { recipients, type TDb } from '@switchboard/drizzle';
import { eq, sql } from 'drizzle-orm';

export const MAX_DEMO_AUDIENCE = 1_000_000;
const CHUNK = 100_000;

export type TSeedAudience = {
  audienceId: string;
  count: number;
  /** First phone number; recipient i gets `firstPhone + i`. */
  firstPhone?: number;
  /** Every n-th recipient is opted out (0 = nobody), so the send's exclusion is visible in demos. */
  optOutEvery?: number;
  /** Drops the audience's existing rows first. */
  replace?: boolean;
  onProgress?: (done: number) => void;
};

export async function seedAudience(db: TDb, options: TSeedAudience): Promise<{ inserted: number }> {
  const { audienceId, count, firstPhone = 15_000_000_000, optOutEvery = 0 } = options;
  if (!Number.isInteger(count) || count < 1 || count > MAX_DEMO_AUDIENCE) throw new RangeError(`count: expected 1..${MAX_DEMO_AUDIENCE}, got ${count}`);
  if (options.replace) await db.delete(recipients).where(eq(recipients.audienceId, audienceId));
  for (let from = 0; from < count; from += CHUNK) {
    const to = Math.min(count, from + CHUNK) - 1;
    await db.execute(sql`
      insert into ${recipients} (audience_id, phone, name, vars, opted_out)
      select ${audienceId}, (${firstPhone}::bigint + i)::text, '客户' || (i + 1),
             jsonb_build_object('segment', case when i % 3 = 0 then 'gold' else 'standard' end),
             ${optOutEvery} > 0 and (i + 1) % greatest(${optOutEvery}, 1) = 0
      from generate_series(${from}::int, ${to}::int) as i`);
    options.onProgress?.(to + 1);
  }
  return { inserted: count };
}
