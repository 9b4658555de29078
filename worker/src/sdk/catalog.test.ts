/**
 * Every declared activity type (flows/catalog/declared.json) that this worker implements must have compatible
 * schemas: same properties, same required fields, same JSON types and enums, same `additionalProperties` — so a
 * flow compiled against the declaration runs against the implementation.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { ZActivityType } from '@switchboard/flows/catalog/types';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { defaultActivityDefinitions } from '../activities/index.ts';
import { catalogEntry } from './catalog.ts';

const declared = z.array(ZActivityType).parse(JSON.parse(readFileSync(fileURLToPath(new URL('../../../flows/catalog/declared.json', import.meta.url)), 'utf8')));

/** The comparable skeleton of a schema: types, enums, required, closed-ness, recursively (formats are advisory). */
function shape(schema: unknown): unknown {
  if (typeof schema !== 'object' || schema === null) return schema;
  const s = new Map(Object.entries(schema));
  const properties = s.get('properties');
  const required = s.get('required');
  return {
    type: s.get('type') ?? null,
    enum: s.get('enum') ?? null,
    required: Array.isArray(required) ? required.map(String).sort() : [],
    closed: s.get('additionalProperties') === false,
    items: s.has('items') ? shape(s.get('items')) : null,
    properties:
      typeof properties === 'object' && properties !== null
        ? Object.fromEntries(Object.entries(properties).sort(([a], [b]) => a.localeCompare(b)).map(([k, v]) => [k, shape(v)]))
        : null,
  };
}

describe('worker catalog vs declared catalog', () => {
  const mine = new Map(defaultActivityDefinitions.map((d) => [d.type, catalogEntry(d, 'switchboard')]));
  const implemented = declared.filter((d) => mine.has(d.type));

  it('implements every telecom type and complaint.classify', () => {
    const wanted = declared.filter((d) => d.type.startsWith('telecom.') || d.type === 'complaint.classify').map((d) => d.type);
    expect(wanted.length).toBeGreaterThanOrEqual(8);
    expect(wanted.filter((t) => !mine.has(t))).toEqual([]);
  });

  it.each(declared.filter((d) => mine.has(d.type)).map((d) => [d.type, d] as const))('%s has compatible input and output schemas', (_type, d) => {
    const entry = mine.get(d.type);
    expect(shape(entry?.inputSchema)).toEqual(shape(d.inputSchema));
    expect(shape(entry?.outputSchema)).toEqual(shape(d.outputSchema));
    expect(entry?.category).toBe(d.category);
  });

  it('found implementations to compare', () => expect(implemented.length).toBeGreaterThan(0));
});
