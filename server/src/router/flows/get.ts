import { z } from 'zod';
import { getFlowOr404, versionSummaries } from '../../flows/load.ts';
import { ZDocumentJson, ZFlowKey, ZVersionSummary } from '../../flows/schemas.ts';
import { authedProcedure } from '../../trpc.ts';

/** The draft the editor opens, its revision (send it back with saveDraft) and the published versions. */
export const get = authedProcedure
  .input(z.object({ key: ZFlowKey }))
  .output(z.object({
    key: z.string(), name: z.string(), description: z.string().nullable(), draft: z.unknown(), draftRevision: z.number().int(),
    updatedAt: z.string(), updatedBy: z.string().nullable(), versions: z.array(ZVersionSummary),
  }))
  .query(async ({ ctx, input }) => {
    const flow = await getFlowOr404(ctx.db, input.key);
    return {
      key: flow.key, name: flow.name, description: flow.description, draft: ZDocumentJson.catch({}).parse(flow.draft),
      draftRevision: flow.draftRevision, updatedAt: flow.updatedAt.toISOString(), updatedBy: flow.updatedBy,
      versions: await versionSummaries(ctx.db, input.key),
    };
  });
