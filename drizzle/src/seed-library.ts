/**
 * Imports the library flows (flows/library/*.flow.json) as flows and publishes each as version 1 when it
 * compiles. Idempotent: a flow that already has a version is left alone, so users' edits survive restarts.
 * A file that does not parse or compile is reported through `log` and skipped; the seed never fails on it.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { eq } from 'drizzle-orm';
import type { TDb } from './db.ts';
import { insertFlowVersion } from './flow-versions.ts';
import { flowVersions, flows } from './schema.ts';

/** Compiles a document against the current catalog; `knownFlows` are the flow keys a `subflow` may name. */
export type TCompileForSeed = (
  document: unknown,
  knownFlows: string[],
) => Promise<{ ok: true; plan: unknown; planHash: string } | { ok: false; errors: string[] }>;

type TLibraryDoc = { file: string; key: string; name: string; description: string | null; document: unknown };

function readLibrary(dir: string, log: (line: string) => void): TLibraryDoc[] {
  if (!existsSync(dir)) return [];
  const docs: TLibraryDoc[] = [];
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.flow.json')).sort()) {
    try {
      const document: unknown = JSON.parse(readFileSync(join(dir, file), 'utf8'));
      const key = document !== null && typeof document === 'object' ? Reflect.get(document, 'key') : undefined;
      const name = document !== null && typeof document === 'object' ? Reflect.get(document, 'name') : undefined;
      const description = document !== null && typeof document === 'object' ? Reflect.get(document, 'description') : undefined;
      if (typeof key !== 'string') throw new Error('no "key" field');
      docs.push({ file, key, name: typeof name === 'string' ? name : key, description: typeof description === 'string' ? description : null, document });
    } catch (error) {
      log(`seed: skipped library flow ${file}: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  return docs;
}

export async function seedLibraryFlows(db: TDb, options: { dir: string; compile: TCompileForSeed; log: (line: string) => void }): Promise<string[]> {
  const docs = readLibrary(options.dir, options.log);
  for (const doc of docs) {
    await db.insert(flows).values({ key: doc.key, name: doc.name, description: doc.description, draft: doc.document, createdBy: 'seed', updatedBy: 'seed' }).onConflictDoNothing();
  }
  const knownFlows = (await db.select({ key: flows.key }).from(flows)).map((f) => f.key);
  const published: string[] = [];
  for (const doc of docs) {
    const versions = await db.select({ v: flowVersions.version }).from(flowVersions).where(eq(flowVersions.flowKey, doc.key)).limit(1);
    if (versions.length) continue;
    const compiled = await options.compile(doc.document, knownFlows);
    if (!compiled.ok) {
      options.log(`seed: library flow ${doc.key} not published (${compiled.errors.length} error(s)): ${compiled.errors.slice(0, 3).join('; ')}`);
      continue;
    }
    await insertFlowVersion(db, { flowKey: doc.key, document: doc.document, plan: compiled.plan, planHash: compiled.planHash, author: 'seed', note: 'Library flow' });
    published.push(doc.key);
  }
  return published;
}
