/**
 * The approval gate of a reviewed message (issue 7): errors block approving, warnings must first be acknowledged
 * with a reason. Shared by the inbox UI (to explain the block early) and the server (which enforces it), so both
 * agree on which outcomes approve and on what counts as acknowledged.
 */
import { z } from 'zod';
import { sha256Hex } from '../hash/sha256.ts';
import { ZFinding } from './finding.ts';

/** Outcomes that approve what is reviewed; "reject", "return" or "resubmitted" never touch the gate. */
const APPROVING = /^(approve|accept|confirm|pass|ok)/i;

/** True when deciding `outcome` would let the reviewed message go out. */
export function isApprovingOutcome(outcome: string): boolean {
  return APPROVING.test(outcome);
}

/** One stored report of `runs.findings`; written by workflows of any version, so read loosely. */
const ZGateReport = z.object({ nodeId: z.string().default('validate'), text: z.string().optional(), findings: z.array(ZFinding) }).loose();

/** An acknowledgement as the audit log records it: the warning rules accepted for the text with this hash. */
export type TGateAck = { rules: readonly string[]; textHash: string };

/** What stands in the way of approving: error rules, and warning rules no acknowledgement covers yet. */
export type TApprovalGate = { errorRules: string[]; unacknowledged: string[] };

/**
 * Only the latest report of each node counts (a re-validated text replaces the earlier verdict). A warning is
 * covered by an acknowledgement of its rule for the same text; a report stored without its text accepts any.
 */
export function approvalGate(runFindings: unknown, acks: readonly TGateAck[]): TApprovalGate {
  const latest = new Map<string, z.infer<typeof ZGateReport>>();
  for (const item of Array.isArray(runFindings) ? runFindings : []) {
    const parsed = ZGateReport.safeParse(item);
    if (parsed.success) latest.set(parsed.data.nodeId, parsed.data);
  }
  const errorRules = new Set<string>();
  const unacknowledged = new Set<string>();
  for (const report of latest.values()) {
    const hash = report.text === undefined ? null : sha256Hex(report.text);
    const covered = new Set(acks.filter((a) => hash === null || a.textHash === hash).flatMap((a) => a.rules));
    for (const f of report.findings) {
      if (f.severity === 'error') errorRules.add(f.rule);
      else if (!covered.has(f.rule)) unacknowledged.add(f.rule);
    }
  }
  return { errorRules: [...errorRules].sort(), unacknowledged: [...unacknowledged].sort() };
}
