/**
 * The activity catalog the compiler checks against: built-in types, the types declared in the repository
 * (flows/catalog/declared.json, until workers register them), and the rows workers registered in
 * `activity_types` — a registered row wins over a declaration of the same type.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { activityTypes, type TDb } from '@switchboard/drizzle';
import { builtinActivityTypes } from '@switchboard/flows/catalog/builtins';
import { ZActivityType, type TActivityType } from '@switchboard/flows/catalog/types';

const DECLARED_FILE = fileURLToPath(new URL('../../../flows/catalog/declared.json', import.meta.url));

let declared: TActivityType[] | null = null;

function declaredTypes(): TActivityType[] {
  declared ??= z.array(ZActivityType).parse(JSON.parse(readFileSync(DECLARED_FILE, 'utf8')));
  return declared;
}

export type TCatalogEntry = TActivityType & { source: 'built-in' | 'declared' | 'registered'; registeredAt: string | null };

export async function loadCatalog(db: TDb): Promise<TCatalogEntry[]> {
  const byType = new Map<string, TCatalogEntry>();
  for (const t of declaredTypes()) byType.set(t.type, { ...t, source: 'declared', registeredAt: null });
  for (const row of await db.select().from(activityTypes)) {
    const parsed = ZActivityType.safeParse({
      type: row.type, title: row.title, description: row.description ?? undefined, category: row.category ?? undefined,
      inputSchema: row.inputSchema, outputSchema: row.outputSchema, taskQueue: row.taskQueue,
    });
    // A malformed registration must not hide the rest of the catalog; the worker logs its own problems.
    if (parsed.success) byType.set(row.type, { ...parsed.data, source: 'registered', registeredAt: row.registeredAt.toISOString() });
  }
  for (const t of builtinActivityTypes) byType.set(t.type, { ...t, source: 'built-in', registeredAt: null });
  return [...byType.values()].sort((a, b) => a.type.localeCompare(b.type));
}
