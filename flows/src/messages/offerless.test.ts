import { describe, expect, it } from 'vitest';
import { checkWithoutOffer } from './offerless.ts';

describe('checkWithoutOffer', () => {
  it('keeps the offer-independent rules and never compares against an offer', () => {
    const report = checkWithoutOffer({ text: '【云帆电信】送您话费90元，国家级网络！', channel: 'cn_sms_marketing' });
    const rules = report.findings.map((f) => f.rule);
    expect(rules).toEqual(expect.arrayContaining(['UNSUB-001', 'CONT-001']));
    expect(rules.filter((r) => r.startsWith('OFFER-') || r.startsWith('SIG-002') || r.startsWith('TIME-'))).toEqual([]);
  });

  it('a plain service notification passes; one over the notification profile segment limit fails', () => {
    const ok = checkWithoutOffer({ text: '【云帆电信】您的宽带拆机申请已受理，进度可在营业厅APP查询。', channel: 'cn_sms_notification' });
    expect(ok.findings).toEqual([]);
    const long = checkWithoutOffer({ text: `【云帆电信】${'您的宽带拆机申请已受理。'.repeat(8)}`, channel: 'cn_sms_notification' });
    expect(long.findings.map((f) => f.rule)).toContain('LEN-001');
  });
});

describe('checkWithoutOffer signature', () => {
  it('takes the leading 【signature】 as intended, and still reports a text without one', () => {
    const unsigned = checkWithoutOffer({ text: '您的宽带拆机申请已受理。', channel: 'cn_sms_notification' });
    expect(unsigned.findings.map((f) => f.rule)).toContain('SIG-001');
  });
});
