/**
 * Compiling on the server: the document against the current catalog and the flows a `subflow` may call (the
 * latest published version of every other flow). Used by publish, check and the start-up seed.
 */
import { desc, eq } from 'drizzle-orm';
import { flowVersions, type TDb } from '@switchboard/drizzle';
import type { TCompileForSeed } from '@switchboard/drizzle/seed';
import { compileFlow, type TCompileResult } from '@switchboard/flows/compiler/compile';
import { loadCatalog } from './catalog.ts';

/** Latest published document of every flow, by key (`selectDistinctOn` keeps one row per flow). */
export async function loadKnownFlows(db: TDb): Promise<Record<string, unknown>> {
  const rows = await db
    .selectDistinctOn([flowVersions.flowKey], { key: flowVersions.flowKey, document: flowVersions.document })
    .from(flowVersions)
    .orderBy(flowVersions.flowKey, desc(flowVersions.version));
  return Object.fromEntries(rows.map((r) => [r.key, r.document]));
}

export async function compileOnServer(db: TDb, document: unknown): Promise<TCompileResult> {
  const [catalog, knownFlows] = await Promise.all([loadCatalog(db), loadKnownFlows(db)]);
  return compileFlow(document, { catalog, knownFlows });
}

/** The seed's compiler: flows being seeded in the same pass count as known (a library flow calls another). */
export function seedCompiler(db: TDb): TCompileForSeed {
  return async (document, knownKeys) => {
    const known = await loadKnownFlows(db);
    for (const key of knownKeys) known[key] ??= { subflows: [] };
    const result = compileFlow(document, { catalog: await loadCatalog(db), knownFlows: known });
    if (result.ok && result.plan) return { ok: true, plan: result.plan, planHash: result.plan.hash };
    return { ok: false, errors: result.diagnostics.filter((d) => d.severity === 'error').map((d) => `${d.code}: ${d.message}`) };
  };
}

export async function latestVersion(db: TDb, key: string): Promise<number | null> {
  const [row] = await db.select({ v: flowVersions.version }).from(flowVersions).where(eq(flowVersions.flowKey, key)).orderBy(desc(flowVersions.version)).limit(1);
  return row?.v ?? null;
}
