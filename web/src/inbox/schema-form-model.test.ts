import { describe, expect, it } from 'vitest';
import { fieldsOf, initialDraft, validateDraft } from './schema-form-model.ts';

const schema = {
  type: 'object',
  required: ['rootCause', 'refund'],
  properties: {
    rootCause: { type: 'string', title: 'Root cause', enum: ['billing', 'network'] },
    refund: { type: 'number', minimum: 0, maximum: 500 },
    visits: { type: 'integer' },
    contacted: { type: 'boolean', default: true },
    notes: { type: 'string', maxLength: 1000 },
    code: { type: 'string', pattern: '^[A-Z]{3}$' },
    extra: { type: 'object' },
  },
};

describe('review form from JSON Schema', () => {
  const fields = fieldsOf(schema);

  it('reads each property as a control kind, long strings as textareas', () => {
    expect(fields.map((f) => [f.name, f.kind, f.required])).toEqual([
      ['rootCause', 'enum', true], ['refund', 'number', true], ['visits', 'integer', false],
      ['contacted', 'boolean', false], ['notes', 'textarea', false], ['code', 'string', false], ['extra', 'json', false],
    ]);
  });

  it('labels fields by title, or by a readable form of the property name', () => {
    expect(fields.find((f) => f.name === 'rootCause')?.title).toBe('Root cause');
    expect(fields.find((f) => f.name === 'refund')?.title).toBe('Refund');
    expect(fieldsOf({ properties: { contact_outcome: { type: 'string' } } })[0]?.title).toBe('Contact outcome');
  });

  it('names each invalid field with a reason', () => {
    const draft = { ...initialDraft(fields), refund: '900', visits: '1.5', code: 'ab', extra: '{' };
    expect(validateDraft(fields, draft).errors).toEqual({
      rootCause: { code: 'required' },
      refund: { code: 'max', limit: 500 },
      visits: { code: 'integer' },
      code: { code: 'pattern', limit: '^[A-Z]{3}$' },
      extra: { code: 'json' },
    });
  });

  it('turns a valid draft into typed values', () => {
    const draft = { ...initialDraft(fields), rootCause: 'network', refund: '12.5', visits: '2', extra: '{"a":1}' };
    expect(validateDraft(fields, draft)).toEqual({
      errors: {},
      value: { rootCause: 'network', refund: 12.5, visits: 2, contacted: true, extra: { a: 1 } },
    });
  });

  it('puts required fields first whatever order the stored schema has', () => {
    const f = fieldsOf({ required: ['text'], properties: { phone: { type: 'string' }, text: { type: 'string' } } });
    expect(f.map((x) => x.name)).toEqual(['text', 'phone']);
  });

  it('ignores a schema that is not an object schema instead of crashing', () => {
    expect(fieldsOf(null)).toEqual([]);
    expect(fieldsOf({ type: 'object', properties: { a: 5 } })).toEqual([]);
  });
});
