/** The handler of every node kind the scheduler dispatches (parallel/join/start are moved by the scheduler). */
import { batch } from './batch.ts';
import { decision } from './decision.ts';
import { end } from './end.ts';
import { event } from './event.ts';
import { notify } from './notify.ts';
import { review } from './review.ts';
import { set } from './set.ts';
import { subflow } from './subflow.ts';
import { task } from './task.ts';
import type { THandlers } from './types.ts';
import { validate } from './validate.ts';
import { wait } from './wait.ts';

export const handlers: THandlers = { task, decision, wait, event, subflow, set, notify, end, review, validate, batch };
