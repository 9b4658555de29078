import { asc } from 'drizzle-orm';
import { groups as groupsTable } from '@switchboard/drizzle';
import { z } from 'zod';
import { authedProcedure } from '../../trpc.ts';

/** Reviewer groups, for assigning reviews in the editor and filtering the inbox. */
export const groups = authedProcedure
  .output(z.array(z.object({ id: z.string(), name: z.string(), description: z.string().nullable() })))
  .query(({ ctx }) => ctx.db.select().from(groupsTable).orderBy(asc(groupsTable.id)));
