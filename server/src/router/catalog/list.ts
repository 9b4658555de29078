import { z } from 'zod';
import { ZActivityType } from '@switchboard/flows/catalog/types';
import { loadCatalog } from '../../flows/catalog.ts';
import { authedProcedure } from '../../trpc.ts';

/** Activity types for the editor palette: built-ins, declared and worker-registered ones. */
export const list = authedProcedure
  .output(z.array(ZActivityType.extend({ source: z.enum(['built-in', 'declared', 'registered']), registeredAt: z.string().nullable() })))
  .query(({ ctx }) => loadCatalog(ctx.db));
