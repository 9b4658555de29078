/**
 * `createActivities(deps)`: every activity this worker runs, built from its dependencies (never module globals):
 * the catalog activities (built-ins + packages, by type), the run and task projections, and the interpreter's
 * internal `sb.*` activities.
 */
import { toActivityFunction, type TActivityDefinition } from '../sdk/define-activity.ts';
import type { TActivityDeps } from '../sdk/deps.ts';
import { httpRequest } from './builtin/http-request.ts';
import { noop } from './builtin/noop.ts';
import { campaignActivities } from './campaign/index.ts';
import { classifyComplaint } from './complaint/classify.ts';
import { createInternalActivities } from './internal.ts';
import { createProjectionActivities } from './projection.ts';
import { createTaskActivities } from './tasks.ts';
import { telecomActivities } from './telecom/index.ts';

export const builtinActivities: TActivityDefinition[] = [httpRequest, noop];

/** What a default worker runs; custom packages are passed to startWorker as extra definitions. */
export const defaultActivityDefinitions: TActivityDefinition[] = [...builtinActivities, ...telecomActivities, classifyComplaint, ...campaignActivities];

export function createCatalogActivities(deps: TActivityDeps, definitions: TActivityDefinition[]): Record<string, (raw: unknown) => Promise<unknown>> {
  return Object.fromEntries(definitions.map((definition) => [definition.type, toActivityFunction(definition, deps)]));
}

/** Activities of the interpreter itself (projection, tasks, internal); they run on the main task queue. */
export function createCoreActivities(deps: TActivityDeps) {
  return { ...createProjectionActivities(deps.db), ...createTaskActivities(deps), ...createInternalActivities(deps) };
}
