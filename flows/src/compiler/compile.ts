/** `compileFlow`: flow document (any value) → execution plan and diagnostics. Never throws. */
import { builtinActivityTypes } from '../catalog/builtins.ts';
import { ZActivityType, type TActivityType, type TDiagnostic } from '../catalog/types.ts';
import { joinPath } from '../format/path.ts';
import type { TPlan } from '../plan/types.ts';
import { reportCycles } from './cycles.ts';
import { DiagnosticSink } from './diagnostics.ts';
import { buildGraph } from './graph.ts';
import { lowerNode, type TLoweredNode } from './lower.ts';
import { pairParallels } from './parallel-join.ts';
import { parseDocument } from './parse-document.ts';
import { buildPlan } from './plan-build.ts';
import { reachableFrom, reportUnreachable } from './reachability.ts';
import { checkStructure } from './structure.ts';
import { SubflowResolver, subflowKeysOf } from './subflows.ts';
import { ValueCompiler, type TVarRead } from './values.ts';
import { checkVariables } from './var-flow.ts';

/** Compiler inputs besides the document: extra activity types and the flows a `subflow` may call. */
export type TCompileOptions = {
  /** Activity types in addition to the built-ins (same `type` overrides a built-in). */
  catalog?: readonly unknown[];
  /** Known flows by key: whole documents or `{ subflows: string[] }` summaries. */
  knownFlows?: Readonly<Record<string, unknown>>;
};

/** The compiler's answer: `plan` only when there is no error diagnostic. */
export type TCompileResult = { ok: boolean; plan?: TPlan; diagnostics: TDiagnostic[] };

/** Compiles a flow document to an execution plan; every problem is a diagnostic, nothing is thrown. */
export function compileFlow(doc: unknown, options: TCompileOptions = {}): TCompileResult {
  const sink = new DiagnosticSink();
  let plan: TPlan | undefined;
  try {
    plan = compileInto(doc, options, sink);
  } catch (error) {
    sink.add('COMPILER_INTERNAL', `the compiler failed: ${error instanceof Error ? error.message : String(error)}`);
  }
  const diagnostics = sink.finish();
  const ok = !diagnostics.some((d) => d.severity === 'error');
  return ok && plan ? { ok, plan, diagnostics } : { ok: false, diagnostics };
}

function catalogMap(extra: readonly unknown[] = []): Map<string, TActivityType> {
  const map = new Map<string, TActivityType>(builtinActivityTypes.map((a) => [a.type, a]));
  for (const entry of extra) {
    const parsed = ZActivityType.safeParse(entry);
    if (parsed.success) map.set(parsed.data.type, parsed.data);
  }
  return map;
}

function compileInto(raw: unknown, options: TCompileOptions, sink: DiagnosticSink): TPlan | undefined {
  const doc = parseDocument(raw, sink);
  if (doc === null) return undefined;
  const graph = buildGraph(doc);
  const starts = checkStructure(graph, sink);
  const catalog = catalogMap(options.catalog);
  const subflows = new SubflowResolver(doc.key, subflowKeysOf(doc), options.knownFlows ?? {});
  const reads: TVarRead[][] = [];
  const writes: string[][] = [];
  const lowered: TLoweredNode[] = graph.nodes.map(({ node, docIndex }, pos) => {
    const where = { nodeId: node.id };
    const values = new ValueCompiler(sink, where);
    const outgoing = (graph.out[pos] ?? []).flatMap((i) => graph.edges[i] ?? []);
    const result = lowerNode(node, { sink, values, where, configPath: joinPath('nodes', docIndex, 'config'), catalog, subflows, outgoing });
    reads[pos] = values.reads;
    writes[pos] = node.kind === 'set' ? Object.keys(node.config.assign) : 'output' in node.config && node.config.output !== undefined ? [node.config.output] : [];
    return result;
  });
  const start = starts.length === 1 ? starts[0] : undefined;
  const reachable = start === undefined ? undefined : reachableFrom(graph, start);
  if (start !== undefined && reachable) reportUnreachable(graph, reachable, sink);
  reportCycles(graph, sink);
  const pairing = pairParallels(graph, sink);
  if (start !== undefined && reachable) checkVariables(graph, start, reachable, { reads, writes }, pairing, sink);
  if (sink.hasErrors() || start === undefined) return undefined;
  return buildPlan(doc, graph, lowered, pairing, start);
}
