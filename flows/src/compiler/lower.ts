/** Document node → plan node (without ports), by kind. Every value is compiled and checked on the way. */
import type { TFlowNode } from '../format/schema.ts';
import { joinPath } from '../format/path.ts';
import type { TPlanNode } from '../plan/types.ts';
import { lowerBatch, lowerTask } from './lower-activity.ts';
import type { TLowerContext } from './lower-context.ts';
import { lowerReview } from './lower-review.ts';
import { ValueCompiler } from './values.ts';

/** A plan node before its ports are attached. */
export type TLoweredNode = TPlanNode extends infer N ? (N extends TPlanNode ? Omit<N, 'id' | 'ports' | 'label'> : never) : never;

export function lowerNode(node: TFlowNode, ctx: TLowerContext): TLoweredNode {
  const at = (...segments: Array<string | number>): string => joinPath(ctx.configPath, ...segments);
  const v = ctx.values;
  switch (node.kind) {
    case 'start':
      return { kind: 'start' };
    case 'end': {
      const result = node.config.result === undefined ? undefined : v.mapping(node.config.result, at('result')).value;
      return { kind: 'end', outcome: node.config.outcome, ...(result ? { result } : {}) };
    }
    case 'task':
      return lowerTask(node, ctx);
    case 'batch':
      return lowerBatch(node, ctx);
    case 'review':
      return lowerReview(node, ctx);
    case 'decision':
      return { kind: 'decision', branches: lowerBranches(ctx) };
    case 'parallel':
      return { kind: 'parallel', joinId: null };
    case 'join':
      return { kind: 'join', mode: node.config.mode, parallelId: null, branchCount: 0 };
    case 'validate': {
      const c = node.config;
      const offer = c.offer === undefined ? undefined : v.expr(c.offer, at('offer'));
      const sendAt = c.sendAt === undefined ? undefined : v.time(c.sendAt, at('sendAt'));
      return {
        kind: 'validate', channel: c.channel, text: v.template(c.text, at('text')),
        ...(offer ? { offer } : {}), ...(sendAt ? { sendAt } : {}), ...(c.output !== undefined ? { output: c.output } : {}),
      };
    }
    case 'wait': {
      const duration = node.config.duration === undefined ? undefined : v.duration(node.config.duration, at('duration'));
      const until = node.config.until === undefined ? undefined : v.time(node.config.until, at('until'));
      return { kind: 'wait', ...(duration ? { duration } : {}), ...(until ? { until } : {}) };
    }
    case 'event': {
      const c = node.config;
      const timeout = c.timeout === undefined ? undefined : v.duration(c.timeout, at('timeout'));
      const match = c.match === undefined ? undefined : v.expr(c.match, at('match'));
      return {
        kind: 'event', event: c.event, ...(timeout ? { timeout } : {}), ...(match ? { match } : {}),
        ...(c.output !== undefined ? { output: c.output } : {}),
      };
    }
    case 'subflow': {
      const c = node.config;
      checkSubflow(c.flow, ctx, at('flow'));
      return {
        kind: 'subflow', flow: c.flow, version: c.version ?? 'latest', input: v.mapping(c.input, at('input')).value,
        ...(c.output !== undefined ? { output: c.output } : {}),
      };
    }
    case 'set': {
      const assign = Object.entries(node.config.assign).map(([name, raw]) => [name, v.mapping(raw, at('assign', name)).value] as const);
      return { kind: 'set', assign: Object.fromEntries(assign) };
    }
    case 'notify': {
      const c = node.config;
      return {
        kind: 'notify', channel: c.channel, to: v.mapping(c.to, at('to')).value, text: v.template(c.text, at('text')),
        validate: c.validate ?? false,
      };
    }
    default: {
      const unreachable: never = node;
      throw new Error(`unknown node kind ${JSON.stringify(unreachable)}`);
    }
  }
}

function lowerBranches(ctx: TLowerContext) {
  const branches = ctx.outgoing.flatMap((e) => {
    if (e.to < 0) return [];
    const values = new ValueCompiler(ctx.sink, { ...ctx.where, edgeId: e.edge.id });
    const when = e.port === 'default' || e.edge.when === undefined ? null : values.expr(e.edge.when, joinPath('edges', e.docIndex, 'when')) ?? null;
    ctx.values.reads.push(...values.reads);
    return [{ edgeId: e.edge.id, port: e.port, when, to: e.edge.to }];
  });
  // The default branch is tried last, whatever its place in the document.
  return [...branches.filter((b) => b.port !== 'default'), ...branches.filter((b) => b.port === 'default')];
}

function checkSubflow(key: string, ctx: TLowerContext, path: string): void {
  if (!ctx.subflows.exists(key)) {
    ctx.sink.add('SUBFLOW_UNKNOWN', `subflow "${key}" is not a known flow`, { ...ctx.where, path });
  } else if (ctx.subflows.recurses(key)) {
    ctx.sink.add('SUBFLOW_RECURSIVE', `subflow "${key}" leads back to this flow`, { ...ctx.where, path });
  }
}
