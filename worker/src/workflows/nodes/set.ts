/** `set`: every assignment is evaluated against the variables as they were before the node (no ordering games). */
import type { TNodeHandler } from './types.ts';

export const set: TNodeHandler<'set'> = async ({ node, runtime }) => {
  const assign: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(node.assign)) assign[name] = await runtime.evaluate(value);
  return { port: 'next', assign };
};
