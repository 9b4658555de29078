import { router } from '../../trpc.ts';
import { claim } from './claim.ts';
import { comment } from './comment.ts';
import { decide } from './decide.ts';
import { delegate } from './delegate.ts';
import { get } from './get.ts';
import { list } from './list.ts';
import { reassign } from './reassign.ts';
import { unclaim } from './unclaim.ts';

export const inboxRouter = router({ list, get, claim, unclaim, decide, reassign, delegate, comment });
