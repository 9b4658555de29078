/**
 * Substring search that works the same on PostgreSQL and PGlite (which has no pg_trgm) and on Chinese text (which
 * full-text search would not split): a task stores the character bigrams of its lower-cased text in a GIN-indexed
 * array; a query asks for rows holding every bigram of the needle, then checks the real substring on those few.
 */

/** Lower-case, width-folded (NFKC), single-spaced text; both the stored text and the needle go through it. */
export function normalizeSearchText(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();
}

/** Distinct bigrams by code point (so a CJK character is one unit); pairs with a space are dropped. */
export function searchGrams(normalized: string): string[] {
  const chars = Array.from(normalized);
  const grams = new Set<string>();
  for (let i = 0; i + 1 < chars.length; i += 1) {
    const gram = `${chars[i]}${chars[i + 1]}`;
    if (!gram.includes(' ')) grams.add(gram);
  }
  return [...grams];
}

/** The columns a task row stores for search, from everything a reviewer might type to find it. */
export function searchColumns(parts: Array<string | null | undefined>): { searchText: string; searchGrams: string[] } {
  const searchText = normalizeSearchText(parts.filter((p): p is string => typeof p === 'string' && p !== '').join(' '));
  return { searchText, searchGrams: searchGrams(searchText) };
}

/** `%needle%` for LIKE with the needle's own `%`, `_` and `\` escaped. */
export function likePattern(normalizedNeedle: string): string {
  return `%${normalizedNeedle.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/**
 * The `audience` column: every principal who sees a task, so visibility is one GIN overlap. Assignee groups as
 * `g:<id>`; assignee users, watchers (delegators) and the claimer as `u:<user id>`.
 */
export function taskAudience(task: { groups: readonly string[]; users: readonly string[]; watchers: readonly string[]; claimedBy: string | null }): string[] {
  const people = [...task.users, ...task.watchers, ...(task.claimedBy ? [task.claimedBy] : [])];
  return [...new Set([...task.groups.map((g) => `g:${g}`), ...people.map((u) => `u:${u}`)])].sort();
}

/** The principals a user is, to overlap with `audience`. */
export function userPrincipals(user: { id: string; groups: readonly string[] }): string[] {
  return [`u:${user.id}`, ...user.groups.map((g) => `g:${g}`)];
}
