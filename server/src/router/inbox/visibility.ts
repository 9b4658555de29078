/**
 * Who sees which task, as SQL, so lists, counts and single reads share one rule: a reviewer sees tasks assigned
 * to them, to one of their groups, claimed by or delegated to them, or that they delegated (watchers). Operators
 * and admins see every task (they reassign stuck work). Filters are built here too, on the same indexed columns.
 */
import { sql, type SQL } from 'drizzle-orm';
import { tasks } from '@switchboard/drizzle';
import { likePattern, normalizeSearchText, searchGrams, userPrincipals } from '@switchboard/worker/activities/tasks-search';
import type { TSessionUser } from '../../trpc.ts';

export type TInboxUser = Pick<TSessionUser, 'id' | 'username' | 'roles' | 'groups'>;

export function seesEveryTask(user: TInboxUser): boolean {
  return user.roles.includes('admin') || user.roles.includes('operator');
}

/** Reassigning and releasing someone else's claim: operators, admins and the supervisors group. */
export function mayReassign(user: TInboxUser): boolean {
  return seesEveryTask(user) || user.groups.includes('supervisors');
}

export function textArray(values: readonly string[]): SQL {
  return values.length ? sql`array[${sql.join(values.map((v) => sql`${v}`), sql`, `)}]::text[]` : sql`'{}'::text[]`;
}

/** Assigned to the user by name, claimed by them, delegated to them or by them (see `taskAudience`). */
export function mine(user: TInboxUser): SQL {
  return sql`${tasks.audience} && ${textArray([`u:${user.id}`])}`;
}

export function inMyGroups(user: TInboxUser): SQL {
  return sql`${tasks.assigneeGroups} && ${textArray(user.groups)}`;
}

export function visibleTo(user: TInboxUser): SQL {
  return seesEveryTask(user) ? sql`true` : sql`${tasks.audience} && ${textArray(userPrincipals(user))}`;
}

/** The inbox order (due time, no due time last); `tasks_open_due_idx` indexes it over open tasks. */
export const dueKey: SQL = sql`coalesce(${tasks.dueAt}, 'infinity'::timestamptz)`;

/** Overdue at one instant, shared by the rows and the counts of a response so the two always agree. */
export function overdueAt(now: Date): SQL {
  return sql`(${tasks.status} = 'open' and ${dueKey} < ${now.toISOString()}::timestamptz)`;
}

/** Bigram containment narrows through the GIN index; LIKE then confirms the real substring. */
export function matchesText(text: string): SQL | null {
  const needle = normalizeSearchText(text);
  if (needle === '') return null;
  const like = sql`${tasks.searchText} like ${likePattern(needle)}`;
  const grams = searchGrams(needle);
  if (grams.length === 0) return like;
  const contains = sql`${tasks.searchGrams} @> ${textArray(grams)}`;
  // A two-character needle is one bigram: containing it IS the substring match, and the plan is better without LIKE.
  return Array.from(needle).length === 2 && grams.length === 1 ? contains : sql`(${contains} and ${like})`;
}
