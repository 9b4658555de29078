/** Effective parameter values of a version: declared defaults, then the operator's overrides for that version. */
import type { TPlan } from '@switchboard/flows/plan/types';

export function effectiveParams(plan: TPlan, overrides: unknown): Record<string, unknown> {
  const params: Record<string, unknown> = {};
  for (const [name, parameter] of Object.entries(plan.parameters)) params[name] = parameter.default;
  if (typeof overrides === 'object' && overrides !== null && !Array.isArray(overrides)) {
    for (const [name, value] of Object.entries(overrides)) if (name in plan.parameters) params[name] = value;
  }
  return params;
}
