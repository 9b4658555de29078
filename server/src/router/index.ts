/**
 * The API: one sub-router per area, each wiring one procedure per file (server/src/router/<area>/<procedure>.ts).
 * Add an area with a one-line surgical edit here.
 */
import { router } from '../trpc.ts';
import { authRouter } from './auth/index.ts';
import { campaignsRouter } from './campaigns/index.ts';
import { catalogRouter } from './catalog/index.ts';
import { flowsRouter } from './flows/index.ts';
import { healthRouter } from './health/index.ts';
import { inboxRouter } from './inbox/index.ts';
import { messagesRouter } from './messages/index.ts';
import { runsRouter } from './runs/index.ts';
import { usersRouter } from './users/index.ts';

export const appRouter = router({
  auth: authRouter,
  campaigns: campaignsRouter,
  catalog: catalogRouter,
  flows: flowsRouter,
  health: healthRouter,
  inbox: inboxRouter,
  messages: messagesRouter,
  runs: runsRouter,
  users: usersRouter,
});

export type AppRouter = typeof appRouter;
