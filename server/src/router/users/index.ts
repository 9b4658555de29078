import { router } from '../../trpc.ts';
import { groups } from './groups.ts';
import { list } from './list.ts';

export const usersRouter = router({ list, groups });
