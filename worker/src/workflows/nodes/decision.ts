/** `decision`: the first branch whose `when` is truthy (in edge order) wins; the `default` branch has none. */
import { ApplicationFailure } from '@temporalio/workflow';
import type { TNodeHandler } from './types.ts';

export const decision: TNodeHandler<'decision'> = async ({ node, runtime }) => {
  for (const branch of node.branches) {
    if (branch.when === null || (await runtime.evaluateExpr(branch.when))) return { port: branch.port };
  }
  throw ApplicationFailure.nonRetryable(`decision "${node.id}" matched no branch and has no default`, 'PlanInvalid');
};
