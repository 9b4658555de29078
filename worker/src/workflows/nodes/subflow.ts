/**
 * `subflow`: a child `runFlow`. The child's plan is resolved once, at the node's start, by an activity (database
 * read) and passed by value, so the child is pinned to that version like any run. Child result → `output`
 * as `{ outcome, result }`; a failed child takes `error` or fails the parent.
 */
import { executeChild, isCancellation, ParentClosePolicy, uuid4 } from '@temporalio/workflow';
import { z } from 'zod';
import { runAttributes, WORKFLOW_TYPE, ZRunFlowResult, type TRunFlowInput } from '../../contract.ts';
import { ZResolvedFlow } from '../../activities/internal-types.ts';
import { errorPortOrFail } from './failure.ts';
import type { TNodeHandler } from './types.ts';

export const subflow: TNodeHandler<'subflow'> = async (ctx) => {
  const { node, runtime, run } = ctx;
  try {
    const input = await runtime.evaluate(node.input);
    const resolved = ZResolvedFlow.parse(
      await ctx.activity('sb.resolveFlow', { flowKey: node.flow, version: node.version }, { retry: { maximumAttempts: 5, nonRetryableErrorTypes: ['FlowNotFound'] } }),
    );
    const child = {
      id: `run-${node.flow}-${uuid4()}`,
      flowKey: node.flow,
      version: resolved.version,
      initiator: run.initiator,
      ...(resolved.author ? { flowAuthor: resolved.author } : {}),
      startedAt: runtime.now().toISOString(),
      isTest: run.isTest,
      parentRunId: run.id,
    };
    const childInput: TRunFlowInput = { plan: resolved.plan, input, params: resolved.params, run: child };
    await ctx.record({ type: 'subflow.started', data: { childRunId: child.id, version: resolved.version } });
    const result = await executeChild(WORKFLOW_TYPE, {
      workflowId: child.id,
      args: [childInput],
      parentClosePolicy: ParentClosePolicy.REQUEST_CANCEL,
      ...runAttributes(child, resolved.plan.hash),
    });
    return { port: 'next', output: ZRunFlowResult.parse(result) };
  } catch (error) {
    if (isCancellation(error)) throw error;
    if (error instanceof z.ZodError) return errorPortOrFail(node.ports, node.id, `subflow ${node.flow}`, new Error(z.prettifyError(error)));
    return errorPortOrFail(node.ports, node.id, `subflow ${node.flow}`, error);
  }
};
