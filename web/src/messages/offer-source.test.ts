import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { channelOf, literalOffer, offerFromJson } from './offer-source.ts';

const examples: unknown = JSON.parse(readFileSync(join(import.meta.dirname, '../../../flows/fixtures/messages/spec-examples.json'), 'utf8'));
const offerJson = Array.isArray(examples) ? JSON.stringify(examples[0].offer) : '';

describe('offer sources of an inspector', () => {
  it('a literal offer expression is the offer; a computed one is not a literal', () => {
    expect(literalOffer(`=${offerJson}`)?.offer?.offer_id).toBe('UPS-FAM-2026-03');
    expect(literalOffer('=input.offer')).toBeNull();
    expect(literalOffer(undefined)).toBeNull();
  });

  it('a sample offer with a wrong field names the field; an empty one means no offer', () => {
    const broken = JSON.stringify({ ...JSON.parse(offerJson), benefits: [{ kind: 'data', amount: -1, unit: 'GB', basis: 'per_month' }] });
    expect(offerFromJson(broken).error).toMatch(/^offer\.benefits\[0\]\.amount/);
    expect(offerFromJson('{ not json').error).toBeTruthy();
    expect(offerFromJson('  ')).toEqual({ offer: null, error: null });
  });

  it('maps node channels to profiles: sms notifications, named profiles, nothing for email', () => {
    expect(channelOf('notify', 'sms')).toBe('cn_sms_notification');
    expect(channelOf('notify', 'intl_sms')).toBe('intl_sms');
    expect(channelOf('notify', 'email')).toBeNull();
    expect(channelOf('validate', 'cn_sms_marketing')).toBe('cn_sms_marketing');
  });
});
