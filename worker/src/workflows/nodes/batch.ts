/**
 * `batch`: pages through `source` (an activity returning `{ items, nextCursor }`) and hands each page to `each`
 * (input + `items` + an `idempotencyPrefix` per page), at most `concurrency` pages in flight and, with
 * `ratePerSecond`, no faster than that many items per second. Output: `{ pages, items, totals }` where totals
 * sums the numeric fields of the per-page results. Large campaigns later move this into a child workflow that
 * continues-as-new (decision 5); the node's contract stays the same.
 */
import { isCancellation, sleep } from '@temporalio/workflow';
import { z } from 'zod';
import { errorPortOrFail } from './failure.ts';
import type { TNodeHandler } from './types.ts';

const ZPage = z.object({ items: z.array(z.unknown()), nextCursor: z.string().nullable().optional() });

export const batch: TNodeHandler<'batch'> = async (ctx) => {
  const { node, runtime } = ctx;
  try {
    const sourceInput = await runtime.evaluate(node.source.input);
    const eachInput = await runtime.evaluate(node.each.input);
    const totals: Record<string, number> = {};
    const inFlight = new Set<Promise<void>>();
    let cursor: string | null = null;
    let pages = 0;
    let items = 0;
    const started = runtime.now().getTime();
    do {
      const raw = await ctx.activity(node.source.activity, { ...asObject(sourceInput), cursor, limit: node.batchSize }, { taskQueue: node.source.taskQueue, callKey: `source-${pages}` });
      const page = ZPage.parse(raw);
      cursor = page.nextCursor ?? null;
      if (page.items.length === 0) break;
      const n = pages;
      pages += 1;
      items += page.items.length;
      const send = ctx
        .activity(node.each.activity, { ...asObject(eachInput), items: page.items, idempotencyPrefix: `${ctx.key}:p${n}` }, { taskQueue: node.each.taskQueue, callKey: `page-${n}` })
        .then((result) => addTotals(totals, result));
      inFlight.add(send);
      void send.finally(() => inFlight.delete(send));
      if (inFlight.size >= node.concurrency) await Promise.race(inFlight);
      if (node.ratePerSecond) {
        const earliest = started + (items / node.ratePerSecond) * 1000;
        const now = runtime.now().getTime();
        if (earliest > now) await sleep(earliest - now);
      }
    } while (cursor !== null);
    await Promise.all(inFlight);
    await ctx.record({ type: 'batch.done', data: { pages, items } });
    return { port: 'next', output: { pages, items, totals } };
  } catch (error) {
    if (isCancellation(error)) throw error;
    return errorPortOrFail(node.ports, node.id, 'batch', error);
  }
};

function asObject(value: unknown): Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? { ...value } : { value };
}

function addTotals(totals: Record<string, number>, result: unknown): void {
  if (typeof result !== 'object' || result === null) return;
  for (const [key, value] of Object.entries(result)) if (typeof value === 'number') totals[key] = (totals[key] ?? 0) + value;
}
