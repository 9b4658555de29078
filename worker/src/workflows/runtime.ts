/**
 * Expression evaluation for one token: `{ input, vars, params, run }` as the context and workflow time for
 * `$now()`. It runs inside the workflow sandbox, so replays see the same values. A failing expression is a
 * non-retryable business error that names the expression, never a stuck workflow task.
 */
import { evaluate, evaluateExpr } from '@switchboard/flows/expr/evaluate';
import type { TDuration, TValue } from '@switchboard/flows/plan/types';
import { ApplicationFailure } from '@temporalio/workflow';
import { parseDurationText } from './duration.ts';
import type { TRuntime } from './nodes/types.ts';

export type TTokenScope = { input: unknown; vars: Record<string, unknown>; params: Record<string, unknown>; run: Record<string, unknown> };

async function guarded<T>(what: string, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    throw ApplicationFailure.nonRetryable(`${what}: ${message}`, 'ExpressionError');
  }
}

function describe(value: TValue): string {
  return value.t === 'expr' ? `expression "${value.src}"` : 'value';
}

export function createRuntime(scope: TTokenScope): TRuntime {
  const options = () => ({ now: new Date() });
  return {
    evaluate: (value) => guarded(`${describe(value)} failed`, () => evaluate(value, scope, options())),
    evaluateExpr: (expr, extra) => guarded(`expression "${expr.expr}" failed`, () => evaluateExpr(expr.expr, { ...scope, ...extra }, options())),
    durationMs: async (duration: TDuration) => {
      if ('ms' in duration) return duration.ms;
      const value = await guarded(`expression "${duration.expr}" failed`, () => evaluateExpr(duration.expr, scope, options()));
      const ms = typeof value === 'number' ? value : typeof value === 'string' ? parseDurationText(value) : null;
      if (ms === null || ms < 0) {
        throw ApplicationFailure.nonRetryable(`expression "${duration.expr}" gave ${JSON.stringify(value)}, not a duration`, 'ExpressionError');
      }
      return ms;
    },
    now: () => new Date(),
  };
}
