/** Public SDK for activity packages: `import { defineActivity, businessError } from '@switchboard/worker/sdk'`. */
export { businessError, defineActivity, type TActivityContext, type TActivityDefinition } from './define-activity.ts';
export type { TActivityDeps, TGateway } from './deps.ts';
