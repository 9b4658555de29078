import { describe, expect, it } from 'vitest';
import { storedReports } from './stored-reports.ts';

const warning = { rule: 'CONT-002', severity: 'warning', message: 'superlative', hint: 'qualify it', span: [6, 9] };
const error = { rule: 'OFFER-005', severity: 'error', message: 'gift', hint: 'say 冻结' };

describe('stored reports of a run', () => {
  it('keeps the latest report per node and drops unreadable entries', () => {
    const reports = storedReports([
      { nodeId: 'check', visit: 1, text: 'old', findings: [error] },
      { nodeId: 'check', visit: 2, text: 'new', findings: [warning], profile: { id: 'cn_sms_marketing', version: '2026.1' } },
      { nodeId: 'broken', findings: 'nope' },
      42,
    ]);
    expect(reports).toHaveLength(1);
    expect(reports[0]).toMatchObject({ nodeId: 'check', text: 'new', channel: 'cn_sms_marketing', offer: null });
    expect(storedReports(null)).toEqual([]);
  });
});
