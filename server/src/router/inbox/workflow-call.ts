/**
 * Sends a reviewer's action to the run's workflow as an Update and turns Temporal's answers into API errors:
 * a validator refusal → 412 with the workflow's own reason; a run that is gone → 409; Temporal down → 503.
 * The update id comes from the client's request id, so a resubmitted action is applied once.
 */
import { isGrpcServiceError, WorkflowNotFoundError, WorkflowUpdateFailedError, type Client } from '@temporalio/client';
import { decideUpdate, type TDecideInput, type TDecideResult } from '@switchboard/worker/contract';
import { changeTaskUpdate, type TTaskChangeInput, type TTaskChangeResult } from '@switchboard/worker/workflows/nodes/review-messages';
import { AppError } from '../../errors.ts';

// gRPC status codes: NOT_FOUND (5) and FAILED_PRECONDITION (9) mean the run already ended.
const RUN_GONE = new Set([5, 9]);

async function mapErrors<T>(taskId: string, send: () => Promise<T>): Promise<T> {
  try {
    return await send();
  } catch (error) {
    if (error instanceof WorkflowUpdateFailedError) {
      throw new AppError('DECISION_REJECTED', error.cause?.message ?? error.message);
    }
    if (error instanceof WorkflowNotFoundError || (isGrpcServiceError(error) && RUN_GONE.has(error.code))) {
      throw new AppError('CONFLICT', `Task ${taskId} is no longer open: its run has ended`);
    }
    throw new AppError('TEMPORAL_UNAVAILABLE', `Could not reach the workflow of task ${taskId}; try again`);
  }
}

export function sendDecision(temporal: Client, runId: string, updateId: string, input: TDecideInput): Promise<TDecideResult> {
  return mapErrors(input.taskId, () => temporal.workflow.getHandle(runId).executeUpdate(decideUpdate, { args: [input], updateId }));
}

export function sendTaskChange(temporal: Client, runId: string, updateId: string, change: TTaskChangeInput): Promise<TTaskChangeResult> {
  return mapErrors(change.taskId, () => temporal.workflow.getHandle(runId).executeUpdate(changeTaskUpdate, { args: [change], updateId }));
}
