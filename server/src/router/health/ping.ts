import { z } from 'zod';
import { publicProcedure } from '../../trpc.ts';

/** Liveness through the API itself (the web app shows "server unreachable" when this fails). */
export const ping = publicProcedure.output(z.object({ ok: z.literal(true), at: z.string() })).query(() => ({
  ok: true as const,
  at: new Date().toISOString(),
}));
