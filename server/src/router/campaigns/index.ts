import { router } from '../../trpc.ts';
import { create } from './create.ts';
import { get } from './get.ts';
import { list } from './list.ts';
import { previews } from './previews.ts';
import { report } from './report.ts';
import { submit } from './submit.ts';
import { update } from './update.ts';

export const campaignsRouter = router({ list, get, create, update, submit, report, previews });
