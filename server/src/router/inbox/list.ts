/**
 * inbox.list — the caller's tasks with filters (scope mine / my groups, overdue, flow, text, status), keyset
 * pagination by (due time, id), and the open-task count of each filter tab (capped, see list-counts.ts). Counts
 * use the same visibility rule as the rows, so they never reveal tasks the caller cannot open.
 */
import { and, asc, eq, sql, type SQL } from 'drizzle-orm';
import { tasks, users } from '@switchboard/drizzle';
import { z } from 'zod';
import { AppError } from '../../errors.ts';
import { COUNT_CAP, countTasks, ZCounts } from './list-counts.ts';
import { inboxProcedure } from './procedure.ts';
import { toTaskItem, ZTaskItem } from './task-view.ts';
import { dueKey, inMyGroups, matchesText, mine, overdueAt, visibleTo } from './visibility.ts';

const ZCursor = z.object({ due: z.string(), id: z.string() });

export const ZListInput = z.object({
  scope: z.enum(['all', 'mine', 'groups']).default('all'),
  overdue: z.boolean().default(false),
  flowKey: z.string().min(1).max(64).optional(),
  text: z.string().max(200).optional(),
  status: z.enum(['open', 'closed', 'any']).default('open'),
  limit: z.number().int().min(1).max(100).default(50),
  cursor: z.string().max(500).optional(),
});

const ZListOutput = z.object({
  items: z.array(ZTaskItem),
  nextCursor: z.string().nullable(),
  /** Open tasks per filter tab (independent of text, flow and status); a count equal to `countCap` means "that or more". */
  counts: ZCounts,
  countCap: z.number().int(),
});

function decodeCursor(cursor: string): z.infer<typeof ZCursor> {
  const parsed = ZCursor.safeParse((() => {
    try {
      return JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    } catch {
      return null;
    }
  })());
  if (!parsed.success) throw new AppError('INVALID_INPUT', 'Invalid input: cursor: not a cursor from a previous page');
  return parsed.data;
}

export const list = inboxProcedure
  .input(ZListInput)
  .output(ZListOutput)
  .query(async ({ ctx, input }) => {
    const { user } = ctx;
    const now = new Date();
    const overdue = overdueAt(now);
    const status: SQL = input.status === 'open' ? sql`${tasks.status} = 'open'` : input.status === 'closed' ? sql`${tasks.status} <> 'open'` : sql`true`;
    // "Mine" and "my groups" imply visibility; repeating it would only add an index scan.
    const scope = input.scope === 'mine' ? mine(user) : input.scope === 'groups' ? inMyGroups(user) : visibleTo(user);
    const filters = [status, input.flowKey ? eq(tasks.flowKey, input.flowKey) : undefined, input.text ? matchesText(input.text) ?? undefined : undefined];
    const page = input.cursor ? decodeCursor(input.cursor) : null;
    const after = page ? sql`(${dueKey}, ${tasks.id}) > (${page.due}::timestamptz, ${page.id})` : undefined;
    const [rows, counts] = await Promise.all([
      ctx.db
        .select({ task: tasks, claimer: users.username, due: sql<string>`${dueKey}::text` })
        .from(tasks)
        .leftJoin(users, eq(users.id, tasks.claimedBy))
        .where(and(scope, ...filters, input.overdue ? overdue : undefined, after))
        .orderBy(asc(dueKey), asc(tasks.id))
        .limit(input.limit + 1),
      countTasks(ctx.db, [visibleTo(user), sql`${tasks.status} = 'open'`], { mine: mine(user), groups: inMyGroups(user), overdue }),
    ]);
    const shown = rows.slice(0, input.limit);
    const last = shown.at(-1);
    return {
      items: shown.map((r) => toTaskItem(r.task, r.claimer, now)),
      nextCursor: rows.length > input.limit && last ? Buffer.from(JSON.stringify({ due: last.due, id: last.task.id })).toString('base64url') : null,
      counts,
      countCap: COUNT_CAP,
    };
  });
