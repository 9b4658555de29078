import { router } from '../../trpc.ts';
import { ping } from './ping.ts';

export const healthRouter = router({ ping });
