/** One handler call per node kind; the exhaustive switch makes a new kind a compile error until it is handled. */
import type { TNodeKind, TPlanNode, TPlanNodeOf } from '@switchboard/flows/plan/types';
import { ApplicationFailure } from '@temporalio/workflow';
import { handlers } from './nodes/index.ts';
import type { TNodeContext, TNodeResult } from './nodes/types.ts';

export type TContextFactory = <K extends TNodeKind>(node: TPlanNodeOf<K>) => TNodeContext<K>;

export function dispatchNode(node: TPlanNode, make: TContextFactory): Promise<TNodeResult> {
  switch (node.kind) {
    case 'task':
      return handlers.task(make(node));
    case 'decision':
      return handlers.decision(make(node));
    case 'wait':
      return handlers.wait(make(node));
    case 'event':
      return handlers.event(make(node));
    case 'subflow':
      return handlers.subflow(make(node));
    case 'set':
      return handlers.set(make(node));
    case 'notify':
      return handlers.notify(make(node));
    case 'end':
      return handlers.end(make(node));
    case 'review':
      return handlers.review(make(node));
    case 'validate':
      return handlers.validate(make(node));
    case 'batch':
      return handlers.batch(make(node));
    case 'start':
    case 'parallel':
    case 'join':
      throw ApplicationFailure.nonRetryable(`node "${node.id}" (${node.kind}) is moved by the scheduler, not a handler`, 'PlanInvalid');
    default: {
      const unknownNode: never = node;
      throw ApplicationFailure.nonRetryable(`unknown node kind in ${JSON.stringify(unknownNode)}`, 'PlanInvalid');
    }
  }
}
