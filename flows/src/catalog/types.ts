import { z } from 'zod';

/** One activity type as workers register it and as the compiler and the editor palette read it. */
export const ZActivityType = z.object({
  type: z.string().regex(/^[a-z][a-zA-Z0-9_-]*(\.[a-zA-Z0-9_-]+)*$/),
  title: z.string(),
  description: z.string().optional(),
  category: z.string().optional(),
  inputSchema: z.record(z.string(), z.unknown()),
  outputSchema: z.record(z.string(), z.unknown()),
  taskQueue: z.string().optional(),
});
export type TActivityType = z.infer<typeof ZActivityType>;

/** A compiler or rule finding about a flow document. Codes keep their meaning forever (spec/flow-format.md). */
export const ZDiagnostic = z.object({
  code: z.string(),
  severity: z.enum(['error', 'warning']),
  message: z.string(),
  nodeId: z.string().optional(),
  edgeId: z.string().optional(),
  path: z.string().optional(),
});
export type TDiagnostic = z.infer<typeof ZDiagnostic>;
