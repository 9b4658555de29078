/**
 * Importing a file: parse, compile, and only then touch the editor. A file that is not JSON or not in the flow
 * format is refused with its diagnostics and changes nothing; a well-formed flow with graph errors is loaded as
 * an undoable edit (its problems then show like any other).
 */
import type { TActivityType, TDiagnostic } from '@switchboard/flows/catalog/types';
import { compileDocument } from '../compile/run-compiler.ts';
import { fromDocument, type TGraph } from '../model/convert.ts';

export const MAX_IMPORT_BYTES = 5_000_000;

export type TImportResult = { ok: true; graph: TGraph; diagnostics: TDiagnostic[] } | { ok: false; diagnostics: TDiagnostic[] };

const refuse = (message: string): TImportResult => ({ ok: false, diagnostics: [{ code: 'FORMAT_INVALID', severity: 'error', message }] });

export function importDocument(text: string, catalog: readonly TActivityType[], knownFlows: Record<string, unknown>, keepKey: string): TImportResult {
  if (text.length > MAX_IMPORT_BYTES) return refuse(`file is larger than ${MAX_IMPORT_BYTES / 1_000_000} MB`);
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    return refuse(`not JSON: ${e instanceof Error ? e.message : String(e)}`);
  }
  const diagnostics = compileDocument(raw, catalog, knownFlows);
  if (diagnostics.some((d) => d.code === 'FORMAT_INVALID' || d.code === 'FLOW_TOO_COMPLEX' || d.code === 'COMPILER_INTERNAL')) return { ok: false, diagnostics };
  const graph = fromDocument(raw);
  // The flow being edited keeps its identity; an imported document only replaces its content.
  return { ok: true, graph: { ...graph, meta: { ...graph.meta, key: keepKey || graph.meta.key } }, diagnostics };
}

export function downloadJson(filename: string, value: unknown) {
  const blob = new Blob([JSON.stringify(value, null, 2)], { type: 'application/json' });
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
