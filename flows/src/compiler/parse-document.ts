/** Raw value → typed flow document, or FORMAT_INVALID diagnostics with precise paths. */
import type { z } from 'zod';
import { formatPath } from '../format/path.ts';
import { ZFlowDocument, type TFlowDocument } from '../format/schema.ts';
import type { DiagnosticSink, TWhere } from './diagnostics.ts';
import { prescan } from './prescan.ts';

/** Parses a document; on any format problem reports it and returns null. */
export function parseDocument(raw: unknown, sink: DiagnosticSink): TFlowDocument | null {
  if (!prescan(raw, sink)) return null;
  const result = ZFlowDocument.safeParse(raw);
  if (result.success) return result.data;
  for (const issue of result.error.issues) reportIssue(issue, raw, sink);
  return null;
}

function reportIssue(issue: z.core.$ZodIssue, raw: unknown, sink: DiagnosticSink): void {
  const path = [...issue.path];
  const where = locate(raw, path);
  if (issue.code === 'unrecognized_keys') {
    for (const key of issue.keys) {
      sink.add('FORMAT_INVALID', `unknown field "${key}"`, { ...where, path: formatPath([...path, key]) });
    }
    return;
  }
  if (issue.code === 'invalid_union' && 'discriminator' in issue && issue.discriminator === 'kind') {
    const kindPath = path[path.length - 1] === 'kind' ? path : [...path, 'kind'];
    const kind = readAt(raw, kindPath);
    const message = kind === undefined ? 'node kind is missing' : `unknown node kind ${JSON.stringify(kind)}`;
    sink.add('FORMAT_INVALID', message, { ...where, path: formatPath(kindPath) });
    return;
  }
  const at = formatPath(path);
  sink.add('FORMAT_INVALID', `${at === '' ? 'document' : at}: ${issue.message}`, { ...where, path: at });
}

/** The node or edge a path is inside, so the editor can highlight it. */
function locate(raw: unknown, path: readonly PropertyKey[]): TWhere {
  const [list, index] = path;
  if (typeof index !== 'number') return {};
  const id = readAt(raw, [list ?? '', index, 'id']);
  if (typeof id !== 'string') return {};
  if (list === 'nodes') return { nodeId: id };
  if (list !== 'edges') return {};
  const from = readAt(raw, ['edges', index, 'from']);
  return typeof from === 'string' ? { edgeId: id, nodeId: from } : { edgeId: id };
}

function readAt(raw: unknown, path: readonly PropertyKey[]): unknown {
  let current = raw;
  for (const key of path) {
    if (typeof current !== 'object' || current === null || !Object.hasOwn(current, key)) return undefined;
    current = Reflect.get(current, key);
  }
  return current;
}
