import { describe, expect, it } from 'vitest';
import examples from '../../fixtures/messages/spec-examples.json' with { type: 'json' };
import { parseMessageCase } from './case.ts';
import { MessageInputError } from './errors.ts';
import { parseOffer } from './offer.ts';

const offer = examples[0]?.offer;
// A fresh, freely mutable copy of the example offer for each bad-input case.
const clone = (): any => JSON.parse(JSON.stringify(offer));

function errorOf(fn: () => unknown): MessageInputError {
  try {
    fn();
  } catch (error) {
    if (error instanceof MessageInputError) return error;
    throw error;
  }
  throw new Error('expected a MessageInputError');
}

describe('offer schema', () => {
  it('accepts every example offer', () => {
    for (const e of examples) expect(() => parseOffer(e.offer)).not.toThrow();
  });

  it.each([
    ['missing campaign', (o: Record<string, unknown>) => { delete o.campaign; }, 'offer.campaign'],
    ['amount as a string', (o: any) => { o.benefits[0].amount = '25'; }, 'offer.benefits[0].amount'],
    ['unknown unit', (o: any) => { o.benefits[0].unit = 'TB'; }, 'offer.benefits[0].unit'],
    ['voice counted in GB', (o: any) => { o.benefits[0].kind = 'voice'; }, 'offer.benefits[0].unit'],
    ['bad send time', (o: any) => { o.campaign.send_at = '10am'; }, 'offer.campaign.send_at'],
    ['unknown time zone', (o: any) => { o.campaign.send_window.tz = 'Mars/Olympus'; }, 'offer.campaign.send_window.tz'],
    ['bad window clock', (o: any) => { o.campaign.send_window.start = '8:00'; }, 'offer.campaign.send_window.start'],
    ['unknown channel', (o: any) => { o.campaign.channel = 'email'; }, 'offer.campaign.channel'],
    ['impossible deadline', (o: any) => { o.activation.deadline = '2026-02-30'; }, 'offer.activation.deadline'],
    ['missing balance_freeze key', (o: any) => { delete o.balance_freeze; }, 'offer.balance_freeze'],
  ])('names the field for %s', (_name, mutate, path) => {
    const bad = clone();
    mutate(bad);
    expect(errorOf(() => parseOffer(bad)).path).toBe(path);
  });

  it('names case-file fields without the "offer." prefix confusion', () => {
    expect(errorOf(() => parseMessageCase({ offer, text: 42 })).path).toBe('text');
    expect(errorOf(() => parseMessageCase({ text: 'x' })).path).toBe('offer');
    expect(errorOf(() => parseMessageCase({ offer, text: 'x', now: 'yesterday' })).path).toBe('now');
    expect(errorOf(() => parseMessageCase([1, 2])).path).toBe('(input)');
  });

  it('ignores fields the spec does not list', () => {
    expect(() => parseOffer({ ...offer, internal_note: 'x' })).not.toThrow();
  });
});
