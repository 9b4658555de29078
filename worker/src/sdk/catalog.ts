/** Catalog entries (flows/src/catalog/types.ts) from activity definitions: JSON Schemas generated from zod. */
import type { TActivityType } from '@switchboard/flows/catalog/types';
import { z } from 'zod';
import type { TActivityDefinition } from './define-activity.ts';

function schemaOf(schema: z.ZodType, io: 'input' | 'output'): Record<string, unknown> {
  // `unrepresentable: 'any'` keeps catalog registration working for refinements JSON Schema cannot express.
  const { $schema: _dialect, ...json } = z.toJSONSchema(schema, { io, unrepresentable: 'any' });
  return json;
}

export function catalogEntry(definition: TActivityDefinition, defaultQueue: string): TActivityType {
  return {
    type: definition.type,
    title: definition.title,
    ...(definition.description ? { description: definition.description } : {}),
    ...(definition.category ? { category: definition.category } : {}),
    inputSchema: schemaOf(definition.input, 'input'),
    outputSchema: schemaOf(definition.output, 'output'),
    taskQueue: definition.taskQueue ?? defaultQueue,
  };
}
