/**
 * Which diagnostics belong to one inspector field: the compiler's `path` (e.g. `nodes[3].config.input.url`)
 * starts with the field's path. Paths are formatted with the compiler's own formatter so the two always agree.
 */
import { formatPath } from '@switchboard/flows/format/path';
import type { TDiagnostic } from '@switchboard/flows/catalog/types';

export function nodeFieldPath(nodeIndex: number, configPath: readonly string[]): string {
  return formatPath(['nodes', nodeIndex, 'config', ...configPath]);
}

export function problemsAt(diagnostics: readonly TDiagnostic[], path: string): TDiagnostic[] {
  return diagnostics.filter((d) => d.path !== undefined && (d.path === path || d.path.startsWith(`${path}.`) || d.path.startsWith(`${path}[`)));
}
