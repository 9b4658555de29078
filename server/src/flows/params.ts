/**
 * Flow parameters per published version: the defaults declared in the plan, overridden by an operator's values
 * (flow_versions.param_overrides). Overrides are checked against each parameter's JSON Schema.
 */
import { Validator } from '@cfworker/json-schema';
import type { TPlan } from '@switchboard/flows/plan/types';
import type { TFieldIssue } from '../errors.ts';

/** The values a run of this version receives as `params`. */
export function effectiveParams(plan: Pick<TPlan, 'parameters'>, overrides: Record<string, unknown>): Record<string, unknown> {
  const values: Record<string, unknown> = {};
  for (const [name, parameter] of Object.entries(plan.parameters)) values[name] = parameter.default;
  for (const [name, value] of Object.entries(overrides)) if (Object.hasOwn(plan.parameters, name)) values[name] = value;
  return values;
}

/** Problems with proposed override values, each naming the parameter (empty = valid). */
export function checkParamValues(plan: Pick<TPlan, 'parameters'>, values: Record<string, unknown>): TFieldIssue[] {
  const issues: TFieldIssue[] = [];
  for (const [name, value] of Object.entries(values)) {
    const parameter = plan.parameters[name];
    if (!parameter || !Object.hasOwn(plan.parameters, name)) {
      issues.push({ path: `values.${name}`, message: `the flow declares no parameter "${name}" (known: ${Object.keys(plan.parameters).join(', ') || 'none'})` });
      continue;
    }
    if (!parameter.schema) continue;
    const result = new Validator(parameter.schema, '2020-12', false).validate(value);
    for (const error of result.errors.slice(0, 5)) {
      const at = error.instanceLocation.replace(/^#\/?/, '').replaceAll('/', '.');
      issues.push({ path: `values.${name}${at ? `.${at}` : ''}`, message: error.error });
    }
  }
  return issues;
}
