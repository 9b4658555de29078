/** Which canvas elements a list of diagnostics marks: the edge when there is one, else the node; errors win. */
import type { TDiagnostic } from '@switchboard/flows/catalog/types';

export function indexProblems(diagnostics: readonly TDiagnostic[]): Map<string, 'error' | 'warning'> {
  const out = new Map<string, 'error' | 'warning'>();
  for (const d of diagnostics) {
    const id = d.edgeId ?? d.nodeId;
    if (id === undefined) continue;
    if (out.get(id) !== 'error') out.set(id, d.severity);
  }
  return out;
}
