/** `end`: the run's outcome and its result mapping (evaluated against the arriving token). */
import type { TNodeHandler } from './types.ts';

export const end: TNodeHandler<'end'> = async ({ node, runtime }) => ({
  end: { outcome: node.outcome, result: node.result ? await runtime.evaluate(node.result) : null },
});
