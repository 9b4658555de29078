/** Diagnostic codes (spec/flow-format.md, "Diagnostics") and a collector that never grows without bound. */
import type { TDiagnostic } from '../catalog/types.ts';

/** Every code the compiler emits, with its fixed severity. Codes keep their meaning forever. */
export const DIAGNOSTIC_CODES = {
  FORMAT_INVALID: 'error',
  START_MISSING: 'error',
  START_MULTIPLE: 'error',
  ID_DUPLICATE: 'error',
  EDGE_DANGLING: 'error',
  PORT_UNKNOWN: 'error',
  PORT_UNROUTED: 'error',
  /** Added code: two edges leave one port of a node that is not a `parallel` or `decision` (an implicit fork). */
  PORT_MULTIPLE: 'error',
  DECISION_DEFAULT_MISSING: 'error',
  NODE_DEAD_END: 'error',
  END_HAS_OUTGOING: 'error',
  NODE_UNREACHABLE: 'warning',
  JOIN_UNMATCHED: 'error',
  CYCLE_NO_WAIT: 'error',
  EXPR_SYNTAX: 'error',
  EXPR_UNKNOWN_VAR: 'warning',
  DURATION_INVALID: 'error',
  ACTIVITY_UNKNOWN: 'error',
  ACTIVITY_INPUT_INVALID: 'error',
  REVIEW_NO_ASSIGNEE: 'error',
  SUBFLOW_UNKNOWN: 'error',
  SUBFLOW_RECURSIVE: 'error',
  /** Added code: the document is too large or complex for an analysis to finish in bounded time. */
  FLOW_TOO_COMPLEX: 'error',
  /** Added code: a fault inside the compiler; the document may be fine. */
  COMPILER_INTERNAL: 'error',
  /** Added code: more diagnostics than MAX_DIAGNOSTICS; the rest were dropped. */
  DIAGNOSTICS_TRUNCATED: 'warning',
} as const satisfies Record<string, TDiagnostic['severity']>;

/** A diagnostic code. */
export type TDiagnosticCode = keyof typeof DIAGNOSTIC_CODES;

/** Where a diagnostic points. */
export type TWhere = { nodeId?: string | undefined; edgeId?: string | undefined; path?: string | undefined };

/** A flow with more findings than this is reported in part. */
export const MAX_DIAGNOSTICS = 1000;

/** Collects diagnostics in order, dropping (and counting) those beyond MAX_DIAGNOSTICS. */
export class DiagnosticSink {
  readonly list: TDiagnostic[] = [];
  private dropped = 0;

  add(code: TDiagnosticCode, message: string, where: TWhere = {}): void {
    if (this.list.length >= MAX_DIAGNOSTICS) {
      this.dropped += 1;
      return;
    }
    const diagnostic: TDiagnostic = { code, severity: DIAGNOSTIC_CODES[code], message };
    if (where.nodeId !== undefined) diagnostic.nodeId = where.nodeId;
    if (where.edgeId !== undefined) diagnostic.edgeId = where.edgeId;
    if (where.path !== undefined) diagnostic.path = where.path;
    this.list.push(diagnostic);
  }

  hasErrors(): boolean {
    return this.list.some((d) => d.severity === 'error');
  }

  /** The diagnostics, with a final note when some were dropped. */
  finish(): TDiagnostic[] {
    if (this.dropped === 0) return this.list;
    return [...this.list, { code: 'DIAGNOSTICS_TRUNCATED', severity: 'warning', message: `${this.dropped} more diagnostics were not reported` }];
  }
}
