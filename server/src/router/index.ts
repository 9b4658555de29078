/**
 * The API: one sub-router per area, each wiring one procedure per file (server/src/router/<area>/<procedure>.ts).
 * Add an area with a one-line surgical edit here.
 */
import { router } from '../trpc.ts';
import { healthRouter } from './health/index.ts';

export const appRouter = router({
  health: healthRouter,
});

export type AppRouter = typeof appRouter;
