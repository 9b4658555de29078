import { describe, expect, it } from 'vitest';
import examples from '../../fixtures/messages/spec-examples.json' with { type: 'json' };
import { parseMessageCase } from './case.ts';
import { MessageInputError } from './errors.ts';
import { parseOffer } from './offer.ts';

const offer = examples[0]?.offer;
const REMOVE = Symbol('remove');

/** A copy of the example offer with one field replaced (or removed): the bad input of one case. */
function withField(path: Array<string | number>, value: unknown): unknown {
  const copy: unknown = JSON.parse(JSON.stringify(offer));
  let node: unknown = copy;
  for (const key of path.slice(0, -1)) node = typeof node === 'object' && node !== null ? Reflect.get(node, key) : undefined;
  const last = path[path.length - 1];
  if (typeof node !== 'object' || node === null || last === undefined) throw new Error(`no field ${path.join('.')}`);
  if (value === REMOVE) Reflect.deleteProperty(node, last);
  else Reflect.set(node, last, value);
  return copy;
}

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
    ['missing campaign', ['campaign'], REMOVE, 'offer.campaign'],
    ['amount as a string', ['benefits', 0, 'amount'], '25', 'offer.benefits[0].amount'],
    ['unknown unit', ['benefits', 0, 'unit'], 'TB', 'offer.benefits[0].unit'],
    ['voice counted in GB', ['benefits', 0, 'kind'], 'voice', 'offer.benefits[0].unit'],
    ['bad send time', ['campaign', 'send_at'], '10am', 'offer.campaign.send_at'],
    ['unknown time zone', ['campaign', 'send_window', 'tz'], 'Mars/Olympus', 'offer.campaign.send_window.tz'],
    ['bad window clock', ['campaign', 'send_window', 'start'], '8:00', 'offer.campaign.send_window.start'],
    ['unknown channel', ['campaign', 'channel'], 'email', 'offer.campaign.channel'],
    ['impossible deadline', ['activation', 'deadline'], '2026-02-30', 'offer.activation.deadline'],
    ['missing balance_freeze key', ['balance_freeze'], REMOVE, 'offer.balance_freeze'],
  ] as const)('names the field for %s', (_name, path, value, expected) => {
    expect(errorOf(() => parseOffer(withField([...path], value))).path).toBe(expected);
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
