/** Benchmark bundle: the interpreter plus the same 20 noop steps written by hand as a Temporal workflow. */
import { proxyActivities } from '@temporalio/workflow';

export { runFlow } from '../src/workflows/run-flow.ts';

type TNoop = { noop: (input: unknown) => Promise<unknown> };
const { noop } = proxyActivities<TNoop>({ startToCloseTimeout: '5 minutes', retry: { maximumAttempts: 3, initialInterval: 100, backoffCoefficient: 1 } });

export async function handWrittenNoops(steps: number): Promise<unknown> {
  let last: unknown = null;
  for (let i = 0; i < steps; i += 1) last = await noop({ step: i });
  return last;
}
