/**
 * Application errors by kind. Procedures throw `AppError(code, message)`; the ONE map below turns each code into a
 * tRPC code (and so an HTTP status). Zod failures are formatted so a 400 names every bad field.
 */
import { TRPCError } from '@trpc/server';
import type { TRPC_ERROR_CODE_KEY } from '@trpc/server/rpc';
import { ZodError } from 'zod';

export const APP_ERROR_CODES = {
  UNAUTHENTICATED: 'UNAUTHORIZED',
  FORBIDDEN: 'FORBIDDEN',
  CSRF_REJECTED: 'FORBIDDEN',
  INVALID_INPUT: 'BAD_REQUEST',
  FLOW_INVALID: 'UNPROCESSABLE_CONTENT',
  NOT_FOUND: 'NOT_FOUND',
  CONFLICT: 'CONFLICT',
  ALREADY_EXISTS: 'CONFLICT',
  DECISION_REJECTED: 'PRECONDITION_FAILED',
  RATE_LIMITED: 'TOO_MANY_REQUESTS',
  TEMPORAL_UNAVAILABLE: 'SERVICE_UNAVAILABLE',
  INTERNAL: 'INTERNAL_SERVER_ERROR',
} as const satisfies Record<string, TRPC_ERROR_CODE_KEY>;

export type TAppErrorCode = keyof typeof APP_ERROR_CODES;

export class AppError extends TRPCError {
  readonly appCode: TAppErrorCode;
  readonly details: unknown;

  constructor(code: TAppErrorCode, message: string, details?: unknown) {
    super({ code: APP_ERROR_CODES[code], message });
    this.name = 'AppError';
    this.appCode = code;
    this.details = details;
  }
}

export type TFieldIssue = { path: string; message: string };

export function fieldIssues(error: ZodError): TFieldIssue[] {
  return error.issues.map((issue) => ({
    path: issue.path.length ? issue.path.map(String).join('.') : '(input)',
    message: issue.message,
  }));
}

/** One readable sentence naming every bad field, e.g. `Invalid input: key: Too small; name: Required`. */
export function describeIssues(issues: TFieldIssue[]): string {
  return `Invalid input: ${issues.map((i) => `${i.path}: ${i.message}`).join('; ')}`;
}

/** Extra data attached to every error response (`error.data`) for clients that want more than the message. */
export function errorData(error: TRPCError): { appCode: string; fields?: TFieldIssue[]; details?: unknown } {
  if (error.cause instanceof ZodError) return { appCode: 'INVALID_INPUT', fields: fieldIssues(error.cause) };
  if (error instanceof AppError) {
    return error.details === undefined ? { appCode: error.appCode } : { appCode: error.appCode, details: error.details };
  }
  return { appCode: error.code };
}

/** The message clients see: zod problems rewritten to name fields; internal errors never leak their text. */
export function errorMessage(error: TRPCError): string {
  if (error.cause instanceof ZodError) return describeIssues(fieldIssues(error.cause));
  if (error.code === 'INTERNAL_SERVER_ERROR' && !(error instanceof AppError)) return 'Internal server error';
  return error.message;
}
