/** The editor's one call into the compiler (shared by the worker, the import check and the bench). */
import { compileFlow } from '@switchboard/flows/compiler/compile';
import type { TActivityType, TDiagnostic } from '@switchboard/flows/catalog/types';

export function compileDocument(doc: unknown, catalog: readonly TActivityType[], knownFlows: Record<string, unknown>): TDiagnostic[] {
  try {
    return [...compileFlow(doc, { catalog: [...catalog], knownFlows }).diagnostics];
  } catch (err) {
    return [{ code: 'COMPILER_INTERNAL', severity: 'error', message: err instanceof Error ? err.message : String(err) }];
  }
}
