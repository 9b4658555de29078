/** What lowering one node needs: where it is, how to compile its values, the catalog and the known flows. */
import type { TActivityType } from '../catalog/types.ts';
import type { DiagnosticSink, TWhere } from './diagnostics.ts';
import type { TGraphEdge } from './graph.ts';
import type { SubflowResolver } from './subflows.ts';
import type { ValueCompiler } from './values.ts';

export type TLowerContext = {
  sink: DiagnosticSink;
  values: ValueCompiler;
  where: TWhere;
  /** Path of the node's `config`, e.g. `nodes[3].config`. */
  configPath: string;
  catalog: ReadonlyMap<string, TActivityType>;
  subflows: SubflowResolver;
  /** Outgoing edges of the node, in document order. */
  outgoing: readonly TGraphEdge[];
};
