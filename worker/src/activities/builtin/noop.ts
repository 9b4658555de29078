/** Built-in `noop`: returns its input; a placeholder while drawing, and the benchmark's unit of work. */
import { z } from 'zod';
import { defineActivity } from '../../sdk/define-activity.ts';

export const noop = defineActivity({
  type: 'noop',
  title: 'No operation',
  description: 'Returns its input unchanged; useful as a placeholder and in tests.',
  category: 'built-in',
  input: z.unknown(),
  output: z.unknown(),
  run: async (input) => input,
});
