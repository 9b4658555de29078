/**
 * The per-filter counts of inbox.list. Each count stops at COUNT_CAP rows (the UI shows "1000+"): an exact
 * count of tens of thousands of visible tasks would cost more than the page itself, and nobody works a queue
 * by its exact size past that. The counts use the caller's visibility, so they never reveal hidden tasks.
 */
import { and, sql, type SQL } from 'drizzle-orm';
import { tasks, type TDb } from '@switchboard/drizzle';
import { z } from 'zod';

export const COUNT_CAP = 1000;

export const ZCounts = z.object({ all: z.number().int(), mine: z.number().int(), groups: z.number().int(), overdue: z.number().int() });

const ZCountRows = z.object({ rows: z.array(z.object({ all: z.coerce.number(), mine: z.coerce.number(), groups: z.coerce.number(), overdue: z.coerce.number() })) });

function capped(where: SQL | undefined): SQL {
  return sql`(select count(*) from (select 1 from ${tasks} where ${where ?? sql`true`} limit ${COUNT_CAP}) capped)`;
}

export async function countTasks(db: TDb, base: Array<SQL | undefined>, filters: { mine: SQL; groups: SQL; overdue: SQL }): Promise<z.infer<typeof ZCounts>> {
  const result = await db.execute(sql`select
    ${capped(and(...base))} as "all",
    ${capped(and(...base, filters.mine))} as "mine",
    ${capped(and(...base, filters.groups))} as "groups",
    ${capped(and(...base, filters.overdue))} as "overdue"`);
  const row = ZCountRows.parse(result).rows[0];
  return row ?? { all: 0, mine: 0, groups: 0, overdue: 0 };
}
