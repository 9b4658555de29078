/**
 * `runBatch`: pages through an audience with bounded concurrency and a rate limit, and continues-as-new before its
 * history grows large, so a million recipients never make one big history (decision 5). Pages are sent by
 * heartbeating activities; the idempotency prefix makes a retried page or a replayed execution send nothing twice.
 */
import { ApplicationFailure, condition, continueAsNew, proxyActivities, setHandler, sleep, workflowInfo } from '@temporalio/workflow';
import { z } from 'zod';
import { eventSignal } from '../../contract.ts';
import { batchProgressQuery, ZBatchInput, type TBatchInput, type TBatchResult, type TBatchState } from './contract.ts';

/** A source may cap the rate itself (a campaign's approved throughput); the lower of it and the node's rate applies. */
const ZPage = z.object({ items: z.array(z.unknown()), nextCursor: z.string().nullable().optional(), ratePerSecond: z.number().positive().optional() });
type TCatalogCall = Record<string, (input: unknown) => Promise<unknown>>;

function activitiesOn(taskQueue: string | undefined): TCatalogCall {
  return proxyActivities<TCatalogCall>({
    ...(taskQueue ? { taskQueue } : {}),
    startToCloseTimeout: '10 minutes',
    // A killed worker's page is retried after this long; pages heartbeat every bulk insert (well under a second).
    heartbeatTimeout: '10 seconds',
    retry: { initialInterval: '1 second', maximumInterval: '20 seconds', backoffCoefficient: 2 },
  });
}

export async function runBatch(raw: TBatchInput): Promise<TBatchResult> {
  const parsed = ZBatchInput.safeParse(raw);
  if (!parsed.success) throw ApplicationFailure.nonRetryable(`runBatch: input is invalid — ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`, 'InvalidInput');
  const input = parsed.data;
  const state: TBatchState = input.state ?? { cursor: null, pages: 0, items: 0, totals: {}, generation: 1, paused: false };
  let cancelling = false;
  let finished = false;
  const inFlight = new Set<Promise<void>>();
  // In-flight pages never reject; the first failure is kept and thrown where the loop next looks.
  let failure: unknown = null;
  const track = (send: Promise<unknown>) => {
    const tracked: Promise<void> = send.then((result) => addTotals(state.totals, result), (error: unknown) => void (failure ??= error)).finally(() => inFlight.delete(tracked));
    inFlight.add(tracked);
  };
  const rethrow = () => {
    if (failure !== null) throw failure;
  };

  setHandler(eventSignal, (event) => {
    if (event.name === 'pause') state.paused = true;
    else if (event.name === 'resume') state.paused = false;
    else if (event.name === 'cancel') cancelling = true;
  });
  setHandler(batchProgressQuery, () => ({ ...state, totals: { ...state.totals }, inFlight: inFlight.size, status: finished ? 'done' : cancelling ? 'cancelling' : state.paused ? 'paused' : 'running' }));

  const source = activitiesOn(input.source.taskQueue)[input.source.activity];
  const each = activitiesOn(input.each.taskQueue)[input.each.activity];
  if (!source || !each) throw ApplicationFailure.nonRetryable('runBatch: source and each need an activity type', 'InvalidInput');
  // The rate counts from this execution's start: a continue-as-new or a long pause never earns a burst.
  const started = Date.now();
  let itemsThisRun = 0;

  for (;;) {
    await condition(() => !state.paused || cancelling);
    if (cancelling) break;
    const page = ZPage.parse(await source({ ...input.source.input, cursor: state.cursor, limit: input.batchSize }));
    if (page.items.length === 0) break;
    track(each({ ...input.each.input, items: page.items, idempotencyPrefix: input.idempotencyPrefix }));
    state.pages += 1;
    state.items += page.items.length;
    itemsThisRun += page.items.length;
    const next = page.nextCursor ?? null;
    if (inFlight.size >= input.concurrency) await Promise.race(inFlight);
    rethrow();
    const rate = lowest(input.ratePerSecond, page.ratePerSecond);
    if (rate) {
      const earliest = started + (itemsThisRun / rate) * 1000;
      if (earliest > Date.now()) await sleep(earliest - Date.now());
    }
    // The cursor moves only after the page is handed over, so a new execution starts at the next unsent page.
    state.cursor = next;
    if (next === null) break;
    if (workflowInfo().historyLength > input.historyBudget || workflowInfo().continueAsNewSuggested) {
      await Promise.all(inFlight);
      rethrow();
      return continueAsNew<typeof runBatch>({ ...input, state: { ...state, generation: state.generation + 1 } });
    }
  }
  await Promise.all(inFlight);
  rethrow();
  finished = true;
  if (cancelling) throw ApplicationFailure.nonRetryable(`batch cancelled after ${state.items} items (${JSON.stringify(state.totals)})`, 'BatchCancelled', state);
  return { pages: state.pages, items: state.items, totals: state.totals };
}

function lowest(a: number | undefined, b: number | undefined): number | undefined {
  return a === undefined ? b : b === undefined ? a : Math.min(a, b);
}

function addTotals(totals: Record<string, number>, result: unknown): void {
  if (typeof result !== 'object' || result === null) return;
  for (const [key, value] of Object.entries(result)) if (typeof value === 'number') totals[key] = (totals[key] ?? 0) + value;
}
