/** Temporal answers for signal/cancel turned into API errors: a run that ended → 409, Temporal down → 503. */
import { isGrpcServiceError, WorkflowNotFoundError } from '@temporalio/client';
import { AppError } from '../../errors.ts';

// gRPC NOT_FOUND (5) / FAILED_PRECONDITION (9): the workflow execution is closed.
const CLOSED = new Set([5, 9]);

export async function toRun<T>(runId: string, action: string, send: () => Promise<T>): Promise<T> {
  try {
    return await send();
  } catch (error) {
    if (error instanceof WorkflowNotFoundError || (isGrpcServiceError(error) && CLOSED.has(error.code))) {
      throw new AppError('CONFLICT', `Cannot ${action}: run ${runId} has already ended`);
    }
    throw new AppError('TEMPORAL_UNAVAILABLE', `Could not reach run ${runId} on Temporal; try again`);
  }
}
