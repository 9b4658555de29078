/**
 * What `switchboard flow` reads from disk: flow files, the offline activity catalog (built-ins + the repository's
 * declared types + an optional `--catalog` file) and the library flows that a `subflow` may name.
 */
import { readdir, readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { ZActivityType, type TActivityType } from '@switchboard/flows/catalog/types';

// flows/src/index.ts → flows/: the catalog and library folders sit next to src/.
const FLOWS_ROOT = new URL('../', import.meta.resolve('@switchboard/flows'));
const DECLARED_CATALOG = fileURLToPath(new URL('catalog/declared.json', FLOWS_ROOT));
const LIBRARY_DIR = fileURLToPath(new URL('library/', FLOWS_ROOT));

/** A file that could not be read or used as asked: the CLI exits 2. */
export class InputError extends Error {}

/** A flow file as read: its parsed JSON, or the JSON syntax error (reported as FORMAT_INVALID, exit 1). */
export type TFlowFile = { file: string; json: { ok: true; value: unknown } | { ok: false; message: string } };

export async function readFlowFile(file: string): Promise<TFlowFile> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    throw new InputError(`cannot read ${file}: ${error instanceof Error ? error.message : String(error)}`);
  }
  try {
    return { file, json: { ok: true, value: JSON.parse(text) } };
  } catch (error) {
    return { file, json: { ok: false, message: `not JSON: ${error instanceof Error ? error.message : String(error)}` } };
  }
}

const ZCatalogFile = z.union([z.array(ZActivityType), z.strictObject({ activities: z.array(ZActivityType) })]);

async function readCatalogFile(file: string): Promise<TActivityType[]> {
  let value: unknown;
  try {
    value = JSON.parse(await readFile(file, 'utf8'));
  } catch (error) {
    throw new InputError(`cannot read catalog ${file}: ${error instanceof Error ? error.message : String(error)}`);
  }
  const parsed = ZCatalogFile.safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new InputError(`catalog ${file} is not a list of activity types: ${issue?.path.join('.') ?? ''} ${issue?.message ?? ''}`.trim());
  }
  return Array.isArray(parsed.data) ? parsed.data : parsed.data.activities;
}

/** The declared catalog of the repository plus the `--catalog` file, if any (built-ins are added by the compiler). */
export async function loadOfflineCatalog(extra: string | undefined): Promise<TActivityType[]> {
  const declared = await readCatalogFile(DECLARED_CATALOG);
  return extra === undefined ? declared : [...declared, ...(await readCatalogFile(extra))];
}

/** The library flows by key (unreadable or keyless files are skipped: `flow check` reports them when named). */
export async function loadLibraryFlows(): Promise<Map<string, unknown>> {
  const known = new Map<string, unknown>();
  let names: string[] = [];
  try {
    names = (await readdir(LIBRARY_DIR)).filter((n) => n.endsWith('.flow.json')).sort();
  } catch {
    return known;
  }
  for (const name of names) {
    const { json } = await readFlowFile(fileURLToPath(new URL(name, `file://${LIBRARY_DIR}`))).catch(() => ({ json: { ok: false as const, message: '' } }));
    const key = json.ok ? keyOf(json.value) : undefined;
    if (json.ok && key !== undefined) known.set(key, json.value);
  }
  return known;
}

/** A document's `key` when it has a string one. */
export function keyOf(value: unknown): string | undefined {
  const key = typeof value === 'object' && value !== null ? Reflect.get(value, 'key') : undefined;
  return typeof key === 'string' ? key : undefined;
}
