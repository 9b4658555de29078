import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extractClaims, checkMessage, parseOffer } from '@switchboard/flows';
import { describe, expect, it } from 'vitest';
import { buildMarks, cutPieces, markForFinding } from './highlight-model.ts';
import { runCheck } from './run-check.ts';

const examples: unknown = JSON.parse(readFileSync(join(import.meta.dirname, '../../../flows/fixtures/messages/spec-examples.json'), 'utf8'));
function example(id: string): { text: string; offer: unknown } {
  const found = Array.isArray(examples) ? examples.find((e: { id?: string }) => e.id === id) : undefined;
  if (!found) throw new Error(`no example ${id}`);
  return found;
}

describe('highlight model', () => {
  it('marks the freeze described as a gift red, linked to its offer field, and the right numbers green', () => {
    const { text, offer: raw } = example('EX-09');
    const offer = parseOffer(raw);
    const { findings } = checkMessage({ text, offer });
    const marks = buildMarks(extractClaims(text, offer), findings, text.length);
    const gift = markForFinding(marks, findings.findIndex((f) => f.rule === 'OFFER-005'));
    expect(gift?.tone).toBe('error');
    expect(gift?.field).toBe('balance_freeze.freeze_amount_cny');
    expect(text.slice(...(gift?.span ?? [0, 0]))).toBe('90元');
    expect(gift?.expected).toContain('冻结');
    const voice = marks.find((m) => m.field === 'benefits[0].amount');
    expect(voice?.tone).toBe('match');
  });

  it('cuts the text into pieces that cover it exactly once, the shortest overlapping mark winning', () => {
    const marks = buildMarks([], [
      { rule: 'CONT-001', severity: 'error', message: 'a', hint: 'h', span: [2, 8] },
      { rule: 'PII-001', severity: 'warning', message: 'b', hint: 'h', span: [4, 6] },
      { rule: 'LEN-001', severity: 'error', message: 'no span', hint: 'h' },
    ], 10);
    const pieces = cutPieces(10, marks);
    expect(pieces.map((p) => [p.start, p.end, p.mark?.rules[0] ?? null])).toEqual([
      [0, 2, null], [2, 4, 'CONT-001'], [4, 6, 'PII-001'], [6, 8, 'CONT-001'], [8, 10, null],
    ]);
  });

  it('clamps a span past the end of the text instead of drawing outside it', () => {
    const marks = buildMarks([], [{ rule: 'CHAR-001', severity: 'warning', message: 'x', hint: 'h', span: [3, 99] }], 5);
    expect(marks[0]?.span).toEqual([3, 5]);
  });
});

describe('runCheck without an offer', () => {
  it('keeps the offer-independent rules (missing opt-out) and drops offer comparisons', () => {
    const result = runCheck({ text: '【云帆电信】送您话费90元，国家级网络！', offer: null, channel: 'cn_sms_marketing' });
    const rules = result.findings.map((f) => f.rule);
    expect(rules).toContain('UNSUB-001');
    expect(rules).toContain('CONT-001');
    expect(rules.some((r) => r.startsWith('OFFER-'))).toBe(false);
    expect(result.offerless).toBe(true);
    expect(result.segments.chars).toBe(Array.from('【云帆电信】送您话费90元，国家级网络！').length);
  });
});
