/**
 * The interpreter's own activities (`sb.*`, never in the catalog): resolving a subflow's published plan and
 * handing a message to the notify gateway.
 */
import { flowVersions } from '@switchboard/drizzle';
import { ZPlan } from '@switchboard/flows/plan/types';
import { and, desc, eq } from 'drizzle-orm';
import { businessError } from '../sdk/define-activity.ts';
import type { TActivityDeps } from '../sdk/deps.ts';
import { ZNotifyInput, ZResolveFlowInput, type TResolvedFlow } from './internal-types.ts';
import { effectiveParams } from './params.ts';

export function createInternalActivities(deps: TActivityDeps) {
  return {
    async 'sb.resolveFlow'(raw: unknown): Promise<TResolvedFlow> {
      const { flowKey, version } = ZResolveFlowInput.parse(raw);
      const where = version === 'latest' ? eq(flowVersions.flowKey, flowKey) : and(eq(flowVersions.flowKey, flowKey), eq(flowVersions.version, version));
      const [row] = await deps.db.select().from(flowVersions).where(where).orderBy(desc(flowVersions.version)).limit(1);
      if (!row) throw businessError('FlowNotFound', `flow "${flowKey}" has no published version ${version === 'latest' ? '' : version}`.trim());
      const plan = ZPlan.parse(row.plan);
      return { plan, version: row.version, params: effectiveParams(plan, row.paramOverrides), author: row.author };
    },
    async 'sb.notify'(raw: unknown): Promise<{ messageId: string; duplicate: boolean }> {
      const input = ZNotifyInput.safeParse(raw);
      if (!input.success) throw businessError('InvalidInput', `notify: ${input.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
      return deps.gateway.send(input.data);
    },
  };
}
