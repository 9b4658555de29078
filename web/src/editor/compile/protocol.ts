/** Messages between the editor and its compile worker. The worker's answers are checked: it is another thread. */
import { z } from 'zod';
import { ZDiagnostic, type TActivityType } from '@switchboard/flows/catalog/types';

export type TCompileRequest = { seq: number; doc: unknown; catalog: readonly TActivityType[]; knownFlows: Record<string, unknown> };

export const ZCompileResponse = z.object({ seq: z.number(), diagnostics: z.array(ZDiagnostic), ms: z.number() });
export type TCompileResponse = z.infer<typeof ZCompileResponse>;
