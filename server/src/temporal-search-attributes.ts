/**
 * Registers the Switchboard search attributes (worker/src/contract.ts) on a Temporal cluster that lacks them.
 * The local dev server gets them from its launcher; a production cluster gets them here, at server start,
 * so docker-compose needs no separate setup step. Existing attributes are left alone.
 */
import type { Connection } from '@temporalio/client';
// The package is CommonJS without named-export hints: Node's ESM loader only sees its default export.
import proto, { type temporal } from '@temporalio/proto';
import { searchAttributes } from '@switchboard/worker/contract';

const { IndexedValueType } = proto.temporal.api.enums.v1;
const TYPES: Record<string, temporal.api.enums.v1.IndexedValueType> = {
  KEYWORD: IndexedValueType.INDEXED_VALUE_TYPE_KEYWORD,
  INT: IndexedValueType.INDEXED_VALUE_TYPE_INT,
  BOOL: IndexedValueType.INDEXED_VALUE_TYPE_BOOL,
};

export async function ensureSearchAttributes(connection: Connection, namespace: string): Promise<string[]> {
  const existing = (await connection.operatorService.listSearchAttributes({ namespace })).customAttributes ?? {};
  const missing = Object.values(searchAttributes).filter((key) => !Object.hasOwn(existing, key.name));
  if (missing.length === 0) return [];
  const wanted: Record<string, temporal.api.enums.v1.IndexedValueType> = {};
  for (const key of missing) {
    const type = TYPES[key.type];
    if (type === undefined) throw new Error(`No Temporal index type for search attribute ${key.name} (${key.type})`);
    wanted[key.name] = type;
  }
  await connection.operatorService.addSearchAttributes({ namespace, searchAttributes: wanted });
  return Object.keys(wanted);
}
