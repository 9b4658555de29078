/** The flow document format `switchboard.flow/v1` as zod schemas (spec/flow-format.md). */
import { z } from 'zod';
import { nodeConfigSchemas } from './node-configs.ts';
import { ZJsonSchema, ZMapping, ZNodeId, ZPortName, ZUi, ZVarName, ZExprSource } from './values.ts';

/** The format tag every document carries. */
export const FLOW_FORMAT = 'switchboard.flow/v1' as const;

const ZPosition = z.strictObject({ x: z.number(), y: z.number() });

function nodeOf<K extends keyof typeof nodeConfigSchemas>(kind: K) {
  return z.strictObject({
    id: ZNodeId,
    kind: z.literal(kind),
    label: z.string().optional(),
    position: ZPosition.optional(),
    // A missing config is parsed as `{}` so its required fields are reported one by one.
    config: z.preprocess((value) => (value === undefined ? {} : value), nodeConfigSchemas[kind]),
    ui: ZUi.optional(),
  });
}

/** One node of a flow; `kind` selects the shape of `config`. */
export const ZFlowNode = z.discriminatedUnion('kind', [
  nodeOf('start'), nodeOf('end'), nodeOf('task'), nodeOf('decision'), nodeOf('parallel'), nodeOf('join'),
  nodeOf('review'), nodeOf('validate'), nodeOf('wait'), nodeOf('event'), nodeOf('subflow'), nodeOf('set'),
  nodeOf('notify'), nodeOf('batch'),
]);
export type TFlowNode = z.infer<typeof ZFlowNode>;
/** Node kinds of the format. */
export type TFlowNodeKind = TFlowNode['kind'];

/** One edge; `port` defaults to `next`; `when` only on edges leaving a `decision`. */
export const ZFlowEdge = z.strictObject({
  id: z.string().min(1).max(200),
  from: z.string(),
  to: z.string(),
  port: ZPortName.optional(),
  when: ZExprSource.optional(),
  ui: ZUi.optional(),
});
export type TFlowEdge = z.infer<typeof ZFlowEdge>;

/** One ops-tunable parameter: its JSON Schema and default. */
export const ZFlowParameter = z.strictObject({ schema: ZJsonSchema.optional(), default: ZMapping.optional() });

/** A whole flow document. */
export const ZFlowDocument = z.strictObject({
  format: z.literal(FLOW_FORMAT),
  key: z.string().regex(/^[a-z0-9][a-z0-9-]{2,63}$/, 'must match [a-z0-9][a-z0-9-]{2,63}'),
  name: z.string().min(1),
  description: z.string().optional(),
  inputSchema: ZJsonSchema.optional(),
  parameters: z.record(ZVarName, ZFlowParameter).optional(),
  nodes: z.array(ZFlowNode),
  edges: z.array(ZFlowEdge).prefault([]),
  ui: ZUi.optional(),
});
/** A parsed flow document (defaults applied). */
export type TFlowDocument = z.infer<typeof ZFlowDocument>;
/** A flow document as written (before defaults). */
export type TFlowDocumentInput = z.input<typeof ZFlowDocument>;
