/**
 * The outgoing ports of a node, as spec/flow-format.md defines them per kind. The canvas draws one labelled handle
 * per port; `required` ports with no edge are what the compiler reports as PORT_UNROUTED.
 */
import type { TNodeKind } from '@switchboard/flows/plan/types';
import { getIn, strList, type TJsonObject } from './json.ts';

export type TPort = { name: string; required: boolean; tone: 'normal' | 'error' | 'time' | 'default' | 'add' };

/** Handle id of the decision's "add a branch" handle; connecting from it creates a new named branch. */
export const NEW_BRANCH = '+branch';

const port = (name: string, required = true, tone: TPort['tone'] = 'normal'): TPort => ({ name, required, tone });
const NEXT = [port('next')];
const NEXT_ERROR = [port('next'), port('error', false, 'error')];

export function portsOf(kind: TNodeKind, config: TJsonObject, outgoingPorts: readonly string[]): TPort[] {
  switch (kind) {
    case 'end':
      return [];
    case 'start':
    case 'parallel':
    case 'join':
    case 'wait':
    case 'set':
      return NEXT;
    case 'task':
    case 'subflow':
    case 'notify':
    case 'batch':
      return NEXT_ERROR;
    case 'decision': {
      const branches = [...new Set(outgoingPorts.filter((p) => p !== 'default' && p !== NEW_BRANCH))];
      return [...branches.map((b) => port(b)), port('default', true, 'default'), port(NEW_BRANCH, false, 'add')];
    }
    case 'review': {
      const outcomes = strList(config['outcomes']).map((o) => port(o));
      return getIn(config, ['sla', 'expireAfter']) === undefined ? outcomes : [...outcomes, port('expired', true, 'time')];
    }
    case 'validate':
      return [port('pass'), port('fail', true, 'error'), port('warn', false)];
    case 'event':
      return config['timeout'] === undefined
        ? [port('received')]
        : [port('received'), port('timeout', true, 'time')];
    default: {
      const unknownKind: never = kind;
      return unknownKind;
    }
  }
}

/** Picks a fresh branch name for a decision: `branch-1`, `branch-2`, … not yet used among its edges. */
export function nextBranchName(existing: readonly string[]): string {
  for (let i = 1; ; i++) if (!existing.includes(`branch-${i}`)) return `branch-${i}`;
}
