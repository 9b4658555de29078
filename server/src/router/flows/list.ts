import { asc, count, eq, max } from 'drizzle-orm';
import { flowVersions, flows } from '@switchboard/drizzle';
import { z } from 'zod';
import { authedProcedure } from '../../trpc.ts';

/** Every flow with its latest published version (null = draft only). */
export const list = authedProcedure
  .output(z.array(z.object({
    key: z.string(), name: z.string(), description: z.string().nullable(), draftRevision: z.number().int(),
    updatedAt: z.string(), updatedBy: z.string().nullable(), latestVersion: z.number().int().nullable(), versionCount: z.number().int(),
  })))
  .query(async ({ ctx }) => {
    const rows = await ctx.db
      .select({
        key: flows.key, name: flows.name, description: flows.description, draftRevision: flows.draftRevision,
        updatedAt: flows.updatedAt, updatedBy: flows.updatedBy, latestVersion: max(flowVersions.version), versionCount: count(flowVersions.version),
      })
      .from(flows)
      .leftJoin(flowVersions, eq(flowVersions.flowKey, flows.key))
      .groupBy(flows.key)
      .orderBy(asc(flows.key));
    return rows.map((r) => ({ ...r, updatedAt: r.updatedAt.toISOString() }));
  });
