import { insertFlowVersion } from '@switchboard/drizzle/flow-versions';
import { z } from 'zod';
import { recordAudit } from '../../audit.ts';
import { AppError } from '../../errors.ts';
import { compileOnServer } from '../../flows/compile.ts';
import { getFlowOr404 } from '../../flows/load.ts';
import { ZFlowKey, ZPublishResult } from '../../flows/schemas.ts';
import { roleProcedure } from '../../trpc.ts';

/**
 * Publishes the current draft as the next immutable version: compiled against the live catalog; any error
 * diagnostic refuses the publish and the diagnostics come back (ok: false). Running instances are untouched.
 */
export const publish = roleProcedure('designer', 'admin')
  .input(z.object({ key: ZFlowKey, note: z.string().max(2000).default(''), draftRevision: z.number().int().positive().optional() }))
  .output(ZPublishResult)
  .mutation(async ({ ctx, input }) => {
    const flow = await getFlowOr404(ctx.db, input.key);
    if (input.draftRevision !== undefined && input.draftRevision !== flow.draftRevision) {
      throw new AppError('CONFLICT', `The draft of "${input.key}" changed (revision ${flow.draftRevision}, you have ${input.draftRevision}); reload before publishing.`);
    }
    const compiled = await compileOnServer(ctx.db, flow.draft);
    if (!compiled.ok || !compiled.plan) return { ok: false as const, diagnostics: compiled.diagnostics };
    if (compiled.plan.flowKey !== input.key) {
      throw new AppError('INVALID_INPUT', `The draft's key "${compiled.plan.flowKey}" differs from the flow key "${input.key}"`);
    }
    const version = await insertFlowVersion(ctx.db, {
      flowKey: input.key, document: flow.draft, plan: compiled.plan, planHash: compiled.plan.hash, author: ctx.user.username, note: input.note,
    });
    await recordAudit(ctx.db, {
      actor: ctx.user.username, action: 'flow.publish', subjectType: 'flow', subjectId: `${input.key}@${version}`,
      reason: input.note || null, detail: { planHash: compiled.plan.hash, warnings: compiled.diagnostics.length },
    });
    return { ok: true as const, version, planHash: compiled.plan.hash, diagnostics: compiled.diagnostics };
  });
