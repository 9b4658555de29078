import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import examples from '../../fixtures/messages/spec-examples.json' with { type: 'json' };
import { checkMessage } from './check.ts';
import { extractClaims } from './match/claims.ts';
import { parseOffer } from './offer.ts';
import { DEFAULT_PROFILES } from './profiles/defaults.ts';
import { ZChannelProfile } from './profiles/schema.ts';

const example = (id: string): { text: string; offer: ReturnType<typeof parseOffer> } => {
  const e = examples.find((x) => x.id === id);
  if (!e) throw new Error(id);
  return { text: e.text, offer: parseOffer(e.offer) };
};

describe('checkMessage', () => {
  it('records the rule-set and profile versions', () => {
    const r = checkMessage(example('EX-01'));
    expect(r.ruleSetVersion).toMatch(/^message-rules\//);
    expect(r.profile).toEqual({ id: 'cn_sms_marketing', version: DEFAULT_PROFILES.cn_sms_marketing.version });
  });

  it('gives every finding a severity, message, hint and a span inside the text', () => {
    const { text, offer } = example('EX-11');
    for (const f of checkMessage({ text, offer }).findings) {
      expect(f.message.length).toBeGreaterThan(0);
      expect(f.hint.length).toBeGreaterThan(0);
      if (f.span) expect(f.span[0] >= 0 && f.span[1] <= text.length && f.span[0] < f.span[1]).toBe(true);
    }
    const cont = checkMessage({ text, offer }).findings.find((f) => f.rule === 'CONT-001');
    expect(cont?.span && text.slice(...cont.span)).toBe('国家级');
  });

  it('uses the profile strictness for UNSUB-002 severity', () => {
    const { text, offer } = example('EX-01');
    const changed = text.replace('拒收请回复R', '退订回T');
    expect(checkMessage({ text: changed, offer }).findings.find((f) => f.rule === 'UNSUB-002')?.severity).toBe('error');
    const lenient = { ...DEFAULT_PROFILES.cn_sms_marketing, version: 'test', strict: false };
    expect(checkMessage({ text: changed, offer, profile: lenient }).findings.find((f) => f.rule === 'UNSUB-002')?.severity).toBe('warning');
  });

  it('reads thresholds and word lists from an edited profile version', () => {
    const { text, offer } = example('EX-01');
    const edited = ZChannelProfile.parse({
      ...DEFAULT_PROFILES.cn_sms_marketing, version: '2026.2',
      words: { ...DEFAULT_PROFILES.cn_sms_marketing.words, prohibited: ['宽带'] },
    });
    const r = checkMessage({ text, offer, profile: edited });
    expect(r.profile.version).toBe('2026.2');
    expect(r.findings.map((f) => f.rule)).toEqual(['CONT-004']);
  });

  it('survives a 100 KB text, control characters, mixed scripts and emoji', () => {
    const { offer } = example('EX-03');
    const huge = '【云帆电信】'.concat('流量12GB，😀 Привет مرحبا \u0000\u0007 ★ '.repeat(3000));
    const r = checkMessage({ text: huge, offer });
    expect(r.findings.map((f) => f.rule)).toEqual(expect.arrayContaining(['LEN-001', 'LEN-002', 'CHAR-001']));
    const lone = checkMessage({ text: '\uD83D【云帆电信】\uDE00', offer });
    expect(lone.findings.some((f) => f.rule === 'SIG-001')).toBe(true);
  });

  it('stays linear on pathological 100 KB inputs (each would take minutes if any pass were quadratic)', () => {
    const { offer } = example('EX-01');
    const inputs = ['a.'.repeat(50000), '【'.repeat(50000), '#a'.repeat(50000), '%s'.repeat(50000), '1.'.repeat(50000),
      '10GB流量，每月'.repeat(12000), '3月31日前'.repeat(15000), '连续6个月，'.repeat(15000), '拒收请回复R'.repeat(16000)];
    for (const text of inputs) {
      const r = checkMessage({ text, offer });
      expect(r.findings.some((f) => f.rule === 'LEN-002')).toBe(true);
      const perRule = new Map<string, number>();
      for (const f of r.findings) perRule.set(f.rule, (perRule.get(f.rule) ?? 0) + 1);
      expect(Math.max(...perRule.values())).toBeLessThanOrEqual(100);
    }
  });

  it('never throws and is deterministic on arbitrary text', () => {
    const { offer } = example('EX-02');
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (tail) => {
      const text = `【云帆电信】${tail}拒收请回复R`;
      const a = checkMessage({ text, offer });
      expect(checkMessage({ text, offer })).toEqual(a);
      for (const f of a.findings) if (f.span) expect(f.span[1]).toBeLessThanOrEqual(text.length);
    }), { numRuns: 300 });
  });

  it('treats {{x}} as a template variable only when preview bindings are given', () => {
    const { text, offer } = example('EX-03');
    const tpl = text.replace('尊敬的客户', '{{name}}');
    expect(checkMessage({ text: tpl, offer }).findings.map((f) => f.rule)).toEqual(['TPL-001']);
    expect(checkMessage({ text: tpl, offer, previewBindings: [{ name: '王' }, {}] }).findings.map((f) => f.rule)).toEqual(['TPL-002']);
    expect(checkMessage({ text: tpl, offer, previewBindings: [{ name: '王' }] }).findings).toEqual([]);
  });
});

describe('extractClaims', () => {
  it('links each claim to the offer field it matched, with expected and found', () => {
    const { text, offer } = example('EX-06');
    const claims = extractClaims(text, offer);
    const data = claims.find((c) => c.kind === 'data');
    expect(data).toMatchObject({ field: 'benefits[0].amount', status: 'mismatch', rule: 'OFFER-001', text: '12MB' });
    expect(data?.expected).toContain('12 GB');
    expect(claims.find((c) => c.kind === 'keyword')).toMatchObject({ field: 'activation.keyword', status: 'match', found: 'JYB' });
    expect(claims.find((c) => c.kind === 'validity')).toMatchObject({ field: 'benefits[0].validity_days', status: 'match' });
    expect(claims.find((c) => c.kind === 'date')).toMatchObject({ field: 'activation.deadline', found: '2026-04-26', status: 'match' });
  });

  it('reads keywords with digits whole and dates as dates', () => {
    const { text, offer } = example('EX-02');
    const claims = extractClaims(text, offer);
    expect(claims.filter((c) => c.kind === 'keyword').map((c) => c.found)).toEqual(['YY6']);
    expect(claims.filter((c) => c.kind === 'duration').map((c) => [c.found, c.field])).toEqual([
      ['6 months', 'balance_freeze.release_months'], ['6 months', 'benefits[0].months']]);
    const fam = example('EX-01');
    const famClaims = extractClaims(fam.text, fam.offer);
    expect(famClaims.filter((c) => c.kind === 'duration').map((c) => c.field)).toEqual([
      'fee_changes[0].months', 'benefits[0].months', 'conditions[0].months']);
    expect(famClaims.some((c) => c.text.includes('300M'))).toBe(false);
  });
});
