import { describe, expect, it } from 'vitest';
import { formProblems } from './review-form.ts';

const contactForm = {
  type: 'object',
  required: ['contactOutcome', 'rootCause'],
  properties: {
    contactOutcome: { type: 'string', enum: ['reached', 'unreachable'] },
    rootCause: { type: 'string', minLength: 3 },
    callbackAt: { type: 'string', format: 'date-time' },
  },
  additionalProperties: false,
};

describe('formProblems', () => {
  it('accepts a valid form and anything when there is no schema', () => {
    expect(formProblems(contactForm, { contactOutcome: 'reached', rootCause: 'billing error' })).toEqual([]);
    expect(formProblems(undefined, { anything: 1 })).toEqual([]);
  });

  it('names each bad field', () => {
    const problems = formProblems(contactForm, { contactOutcome: 'maybe', rootCause: 'x', extra: true });
    expect(problems.join('\n')).toMatch(/\/contactOutcome/);
    expect(problems.join('\n')).toMatch(/\/rootCause/);
    expect(problems.join('\n')).toMatch(/extra/);
  });

  it('reports missing required fields of an absent form', () => {
    expect(formProblems(contactForm, undefined).join('\n')).toMatch(/contactOutcome/);
  });
});
