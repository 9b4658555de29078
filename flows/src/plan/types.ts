/**
 * The execution plan: what the compiler produces from a flow document and what the `runFlow` interpreter runs.
 * It is passed by value in the workflow input, so every run is pinned to the plan it started with.
 * Changing the shape of a plan means bumping IR_VERSION and keeping the interpreter able to run older plans.
 */
import { z } from 'zod';

/** Version of the plan shape; the interpreter refuses plans it does not know. */
export const IR_VERSION = 1 as const;

/** A JSONata expression, already checked for syntax by the compiler (`src` has no leading `=`). */
export const ZExpr = z.object({ expr: z.string() });
export type TExpr = z.infer<typeof ZExpr>;

/** A compiled value: a literal, an expression, a `{{ }}` template, or an object/array of those. */
export type TValue =
  | { t: 'lit'; v: unknown }
  | { t: 'expr'; src: string }
  | { t: 'tpl'; parts: Array<string | { src: string }> }
  | { t: 'obj'; fields: Record<string, TValue> }
  | { t: 'arr'; items: TValue[] };
export const ZValue: z.ZodType<TValue> = z.lazy(() =>
  z.union([
    z.object({ t: z.literal('lit'), v: z.unknown() }),
    z.object({ t: z.literal('expr'), src: z.string() }),
    z.object({ t: z.literal('tpl'), parts: z.array(z.union([z.string(), z.object({ src: z.string() })])) }),
    z.object({ t: z.literal('obj'), fields: z.record(z.string(), ZValue) }),
    z.object({ t: z.literal('arr'), items: z.array(ZValue) }),
  ]),
) as z.ZodType<TValue>;

/** A duration known at compile time (ms) or computed at run time from an expression. */
export const ZDuration = z.union([z.object({ ms: z.number().int().nonnegative() }), ZExpr]);
export type TDuration = z.infer<typeof ZDuration>;

/** Outgoing edges by port name: port → target node ids (several only for `parallel`). */
const ZPorts = z.record(z.string(), z.array(z.string()));

const base = { id: z.string(), label: z.string().optional(), ports: ZPorts };

export const ZRetry = z.object({
  maxAttempts: z.number().int().positive(),
  initialIntervalMs: z.number().int().positive(),
  backoff: z.number().positive(),
  nonRetryable: z.array(z.string()),
});

export const ZPlanNode = z.discriminatedUnion('kind', [
  z.object({ ...base, kind: z.literal('start') }),
  z.object({
    ...base,
    kind: z.literal('end'),
    outcome: z.enum(['completed', 'rejected', 'cancelled', 'failed']),
    result: ZValue.optional(),
  }),
  z.object({
    ...base,
    kind: z.literal('task'),
    activity: z.string(),
    taskQueue: z.string().optional(),
    input: ZValue,
    output: z.string().optional(),
    retry: ZRetry,
    timeout: ZDuration.optional(),
  }),
  z.object({
    ...base,
    kind: z.literal('decision'),
    /** Tried in order; the `default` branch (when === null) is always last. */
    branches: z.array(z.object({ edgeId: z.string(), port: z.string(), when: ZExpr.nullable(), to: z.string() })),
  }),
  z.object({ ...base, kind: z.literal('parallel'), joinId: z.string().nullable() }),
  z.object({
    ...base,
    kind: z.literal('join'),
    mode: z.union([z.literal('all'), z.literal('any'), z.object({ atLeast: z.number().int().positive() })]),
    parallelId: z.string().nullable(),
    /** How many branches of the matching parallel can arrive here. */
    branchCount: z.number().int().nonnegative(),
  }),
  z.object({
    ...base,
    kind: z.literal('review'),
    title: ZValue,
    instructions: ZValue.optional(),
    assignees: z.object({ groups: z.array(z.string()), users: z.array(z.string()), expression: ZExpr.optional() }),
    outcomes: z.array(z.string()).min(1),
    form: z.record(z.string(), z.unknown()).optional(),
    quorum: z.object({ approvals: z.number().int().positive() }).optional(),
    separationOfDuties: z.array(z.enum(['initiator', 'previousReviewers', 'flowAuthor'])),
    sla: z
      .object({
        due: ZDuration.optional(),
        remindEvery: ZDuration.optional(),
        escalate: z.array(z.object({ after: ZDuration, groups: z.array(z.string()) })),
        expireAfter: ZDuration.optional(),
      })
      .optional(),
    output: z.string().optional(),
  }),
  z.object({
    ...base,
    kind: z.literal('validate'),
    channel: z.string(),
    text: ZValue,
    offer: ZExpr.optional(),
    sendAt: ZExpr.optional(),
    output: z.string().optional(),
  }),
  z.object({ ...base, kind: z.literal('wait'), duration: ZDuration.optional(), until: ZExpr.optional() }),
  z.object({
    ...base,
    kind: z.literal('event'),
    event: z.string(),
    timeout: ZDuration.optional(),
    match: ZExpr.optional(),
    output: z.string().optional(),
  }),
  z.object({
    ...base,
    kind: z.literal('subflow'),
    flow: z.string(),
    version: z.union([z.literal('latest'), z.number().int().positive()]),
    input: ZValue,
    output: z.string().optional(),
  }),
  z.object({ ...base, kind: z.literal('set'), assign: z.record(z.string(), ZValue) }),
  z.object({
    ...base,
    kind: z.literal('notify'),
    channel: z.string(),
    to: ZValue,
    text: ZValue,
    validate: z.boolean(),
  }),
  z.object({
    ...base,
    kind: z.literal('batch'),
    source: z.object({ activity: z.string(), taskQueue: z.string().optional(), input: ZValue }),
    each: z.object({ activity: z.string(), taskQueue: z.string().optional(), input: ZValue }),
    batchSize: z.number().int().positive(),
    concurrency: z.number().int().positive(),
    ratePerSecond: z.number().positive().optional(),
    output: z.string().optional(),
  }),
]);
export type TPlanNode = z.infer<typeof ZPlanNode>;
export type TNodeKind = TPlanNode['kind'];
export type TPlanNodeOf<K extends TNodeKind> = Extract<TPlanNode, { kind: K }>;

export const ZPlan = z.object({
  irVersion: z.literal(IR_VERSION),
  flowKey: z.string(),
  name: z.string(),
  /** sha-256 (hex) of the canonical JSON of the plan without this field. */
  hash: z.string(),
  inputSchema: z.record(z.string(), z.unknown()),
  /** Parameter schemas and defaults as declared; runs receive the effective values separately. */
  // `default` is optional: a parameter without one has no value unless a version overrides it.
  parameters: z.record(z.string(), z.object({ schema: z.record(z.string(), z.unknown()).optional(), default: z.unknown().optional() })),
  startNodeId: z.string(),
  nodes: z.record(z.string(), ZPlanNode),
  /** Subflow keys this plan may start (for resolution at run start). */
  subflows: z.array(z.string()),
});
export type TPlan = z.infer<typeof ZPlan>;
