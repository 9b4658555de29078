/** The outgoing ports of each node kind (spec/flow-format.md, "Node kinds"): which exist and which need an edge. */
import type { TFlowNode } from '../format/schema.ts';

/** `allowed: null` means any port name (a decision has one port per edge). */
export type TPortSpec = { allowed: ReadonlySet<string> | null; required: readonly string[] };

const NEXT = new Set(['next']);
const NEXT_OR_ERROR = new Set(['next', 'error']);

/** Ports of a node; `end` has none. */
export function portsOf(node: TFlowNode): TPortSpec {
  switch (node.kind) {
    case 'start':
    case 'parallel':
    case 'join':
    case 'wait':
    case 'set':
      return { allowed: NEXT, required: ['next'] };
    case 'task':
    case 'subflow':
    case 'notify':
    case 'batch':
      return { allowed: NEXT_OR_ERROR, required: ['next'] };
    case 'end':
      return { allowed: new Set(), required: [] };
    case 'decision':
      return { allowed: null, required: ['default'] };
    case 'validate':
      return { allowed: new Set(['pass', 'fail', 'warn']), required: ['pass', 'fail'] };
    case 'event': {
      const timed = node.config.timeout !== undefined;
      return { allowed: new Set(timed ? ['received', 'timeout'] : ['received']), required: timed ? ['received', 'timeout'] : ['received'] };
    }
    case 'review': {
      const ports = [...node.config.outcomes];
      if (node.config.sla?.expireAfter !== undefined) ports.push('expired');
      return { allowed: new Set(ports), required: [...new Set(ports)] };
    }
    default: {
      const unreachable: never = node;
      throw new Error(`unknown node kind ${JSON.stringify(unreachable)}`);
    }
  }
}

/** Ports on which a node's `output` (or `set` assignments) is NOT assigned. */
export function portsWithoutOutput(node: TFlowNode): ReadonlySet<string> {
  switch (node.kind) {
    case 'task': case 'subflow': case 'batch': case 'notify': return new Set(['error']);
    case 'review': return new Set(['expired']);
    case 'event': return new Set(['timeout']);
    default: return new Set();
  }
}
