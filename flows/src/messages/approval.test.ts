import { describe, expect, it } from 'vitest';
import { sha256Hex } from '../hash/sha256.ts';
import { approvalGate, isApprovingOutcome } from './approval.ts';

const warning = { rule: 'CONT-002', severity: 'warning', message: 'superlative', hint: 'back it up' };
const error = { rule: 'OFFER-005', severity: 'error', message: 'freeze called a gift', hint: 'say freeze' };

describe('approvalGate', () => {
  it('names error rules and unacknowledged warnings; an acknowledgement counts only for the same text', () => {
    const findings = [{ nodeId: 'v', text: 'hello', findings: [warning] }];
    expect(approvalGate(findings, [])).toEqual({ errorRules: [], unacknowledged: ['CONT-002'] });
    expect(approvalGate(findings, [{ rules: ['CONT-002'], textHash: sha256Hex('hello!') }]).unacknowledged).toEqual(['CONT-002']);
    expect(approvalGate(findings, [{ rules: ['CONT-002'], textHash: sha256Hex('hello') }]).unacknowledged).toEqual([]);
    expect(approvalGate([{ nodeId: 'v', text: 'x', findings: [error, warning] }], []).errorRules).toEqual(['OFFER-005']);
  });

  it('only the latest report of each node counts, and unreadable entries are skipped', () => {
    const stored = [{ nodeId: 'v', text: 'a', findings: [error] }, 'junk', { nodeId: 'v', text: 'b', findings: [] }];
    expect(approvalGate(stored, [])).toEqual({ errorRules: [], unacknowledged: [] });
    expect(approvalGate('not a list', [])).toEqual({ errorRules: [], unacknowledged: [] });
  });
});

describe('isApprovingOutcome', () => {
  it('approve-like outcomes approve; reject, return and resubmitted do not', () => {
    expect(['approve', 'Accept', 'confirm', 'pass', 'ok'].map(isApprovingOutcome)).toEqual([true, true, true, true, true]);
    expect(['reject', 'return', 'resubmitted', 'deny'].map(isApprovingOutcome)).toEqual([false, false, false, false]);
  });
});
