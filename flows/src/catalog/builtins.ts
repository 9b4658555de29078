/**
 * Activity types every catalog holds (spec/flow-format.md, "Built-in activity types"). They live in code, not in
 * flows/catalog, because the worker implements them itself and the editor must show them even with no worker up.
 */
import type { TActivityType } from './types.ts';

const httpRequest: TActivityType = {
  type: 'http.request',
  title: 'HTTP request',
  description: 'Calls an HTTP endpoint; non-2xx statuses are returned, not thrown.',
  category: 'built-in',
  inputSchema: {
    type: 'object',
    properties: {
      method: { type: 'string', enum: ['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'HEAD'] },
      url: { type: 'string', minLength: 1 },
      headers: { type: 'object', additionalProperties: { type: 'string' } },
      body: {},
      timeout: { type: 'string', description: 'duration, e.g. "30s" or "PT30S"' },
    },
    required: ['method', 'url'],
    additionalProperties: false,
  },
  outputSchema: {
    type: 'object',
    properties: {
      status: { type: 'integer' },
      headers: { type: 'object', additionalProperties: { type: 'string' } },
      body: {},
    },
    required: ['status', 'headers', 'body'],
  },
};

const noop: TActivityType = {
  type: 'noop',
  title: 'No operation',
  description: 'Returns its input unchanged; useful as a placeholder and in tests.',
  category: 'built-in',
  inputSchema: {},
  outputSchema: {},
};

/** The built-in activity types (`http.request`, `noop`) that every catalog contains. */
export const builtinActivityTypes: readonly TActivityType[] = [httpRequest, noop];
