/**
 * The activity SDK (decision 6): an activity is a typed definition — type, title, zod input and output, `run` —
 * and the worker turns a list of them into Temporal activities plus catalog entries (JSON Schemas) that the
 * compiler and the editor palette read from `activity_types`.
 */
import { ApplicationFailure, Context } from '@temporalio/activity';
import type { z } from 'zod';
import type { TActivityDeps } from './deps.ts';

export type TActivityContext = {
  deps: TActivityDeps;
  logger: { info: (message: string, meta?: Record<string, unknown>) => void; warn: (message: string, meta?: Record<string, unknown>) => void };
  heartbeat: (details?: unknown) => void;
  /** Same for every attempt of one call at one node visit of one run; send it to systems that deduplicate. */
  idempotencyKey: string;
  attempt: number;
  signal: AbortSignal;
};

export type TActivityDefinition<I extends z.ZodType = z.ZodType, O extends z.ZodType = z.ZodType> = {
  type: string;
  title: string;
  description?: string;
  category?: string;
  /** Omit to run on the worker's default task queue. */
  taskQueue?: string;
  input: I;
  output: O;
  run: (input: z.output<I>, ctx: TActivityContext) => Promise<z.input<O>>;
};

/** Identity at run time; it exists so `run` gets its input and output types from the zod schemas. */
export function defineActivity<I extends z.ZodType, O extends z.ZodType>(definition: TActivityDefinition<I, O>): TActivityDefinition<I, O> {
  return definition;
}

/** A business error the flow should see at once (routes to the `error` port), never retried. */
export function businessError(type: string, message: string, details?: unknown): ApplicationFailure {
  return ApplicationFailure.create({ type, message, nonRetryable: true, details: details === undefined ? [] : [details] });
}

function describeIssues(error: z.ZodError): string {
  return error.issues.map((issue) => `${issue.path.length ? issue.path.join('.') : '(root)'}: ${issue.message}`).join('; ');
}

/** Wraps a definition as a Temporal activity function: validates input and output, builds the context. */
export function toActivityFunction(definition: TActivityDefinition, deps: TActivityDeps): (raw: unknown) => Promise<unknown> {
  return async (raw) => {
    const input = definition.input.safeParse(raw);
    if (!input.success) throw businessError('InvalidInput', `${definition.type}: input is invalid — ${describeIssues(input.error)}`);
    const current = Context.current();
    const { info } = current;
    const ctx: TActivityContext = {
      deps,
      logger: { info: (m, meta) => current.log.info(m, meta), warn: (m, meta) => current.log.warn(m, meta) },
      heartbeat: (details) => current.heartbeat(details),
      idempotencyKey: `${info.workflowExecution?.workflowId ?? "standalone"}:${info.activityId}`,
      attempt: info.attempt,
      signal: current.cancellationSignal,
    };
    const result = await definition.run(input.data, ctx);
    const output = definition.output.safeParse(result);
    if (!output.success) throw businessError('InvalidOutput', `${definition.type}: output is invalid — ${describeIssues(output.error)}`);
    return output.data;
  };
}
