import { router } from '../../trpc.ts';
import { cancel } from './cancel.ts';
import { get } from './get.ts';
import { list } from './list.ts';
import { sendEvent } from './send-event.ts';
import { start } from './start.ts';

export const runsRouter = router({ start, get, list, cancel, sendEvent });
