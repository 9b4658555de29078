/**
 * Deterministic evaluation of compiled values, usable in the browser, the server and the Temporal workflow
 * sandbox: `$now()` returns the time passed in (workflow time), and `$random` / `$millis` are refused because
 * they would make a replay diverge.
 */
import type { TValue } from '../plan/types.ts';
import { parseExpression } from './parse.ts';
import { stringify } from './template.ts';

/** What expressions see: the start payload, variables, parameters and run facts. */
export type TEvalContext = {
  input?: unknown;
  vars?: Record<string, unknown>;
  params?: Record<string, unknown>;
  run?: Record<string, unknown>;
  /** Extra roots for special places (e.g. `event` inside an event's `match`). */
  [root: string]: unknown;
};

/** Evaluation options: `now` is the workflow time (Date, epoch ms or ISO string). */
export type TEvalOptions = { now: Date | number | string };

function refuse(name: string): () => never {
  return () => {
    throw new Error(`$${name}() is not available in flows: it is not deterministic`);
  };
}

function bindings(now: TEvalOptions['now']): Record<string, unknown> {
  const iso = new Date(now).toISOString();
  return { now: () => iso, random: refuse('random'), millis: refuse('millis') };
}

/** Evaluates one JSONata expression (no leading `=`) against the context; rejects on syntax or runtime errors. */
export async function evaluateExpr(src: string, ctx: TEvalContext, options: TEvalOptions): Promise<unknown> {
  const parsed = parseExpression(src);
  if (!parsed.ok) throw new Error(`expression "${src}" does not parse: ${parsed.message}`);
  return parsed.expression.evaluate(ctx, bindings(options.now));
}

/** Evaluates a compiled value (literal, expression, template, object or array) to plain data. */
export async function evaluate(value: TValue, ctx: TEvalContext, options: TEvalOptions): Promise<unknown> {
  switch (value.t) {
    case 'lit':
      return value.v;
    case 'expr':
      return evaluateExpr(value.src, ctx, options);
    case 'tpl': {
      let text = '';
      for (const part of value.parts) {
        text += typeof part === 'string' ? part : stringify(await evaluateExpr(part.src, ctx, options));
      }
      return text;
    }
    case 'obj': {
      const entries: Array<[string, unknown]> = [];
      for (const [key, field] of Object.entries(value.fields)) {
        const result = await evaluate(field, ctx, options);
        if (result !== undefined) entries.push([key, result]);
      }
      return Object.fromEntries(entries);
    }
    case 'arr': {
      const items: unknown[] = [];
      for (const item of value.items) items.push(await evaluate(item, ctx, options));
      return items;
    }
    default: {
      const unreachable: never = value;
      throw new Error(`unknown value ${JSON.stringify(unreachable)}`);
    }
  }
}
