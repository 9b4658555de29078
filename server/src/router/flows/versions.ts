import { z } from 'zod';
import { getFlowOr404, versionSummaries } from '../../flows/load.ts';
import { ZFlowKey, ZVersionSummary } from '../../flows/schemas.ts';
import { authedProcedure } from '../../trpc.ts';

/** Published versions of a flow, oldest first. */
export const versions = authedProcedure
  .input(z.object({ key: ZFlowKey }))
  .output(z.array(ZVersionSummary))
  .query(async ({ ctx, input }) => {
    await getFlowOr404(ctx.db, input.key);
    return versionSummaries(ctx.db, input.key);
  });
