/** A cluster without the Switchboard search attributes gets them at server start; a second start adds nothing. */
import { randomBytes } from 'node:crypto';
import { Connection } from '@temporalio/client';
import Long from 'long';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureSearchAttributes } from './temporal-search-attributes.ts';

let connection: Connection;
const namespace = `sb-attrs-${randomBytes(4).toString('hex')}`;

beforeAll(async () => {
  connection = await Connection.connect({ address: process.env.TEMPORAL_ADDRESS ?? '' });
  await connection.workflowService.registerNamespace({ namespace, workflowExecutionRetentionPeriod: { seconds: Long.fromNumber(86_400) } });
});
afterAll(() => connection?.close());

describe('ensureSearchAttributes', () => {
  it('registers the missing attributes once', async () => {
    const added = await ensureSearchAttributes(connection, namespace);
    expect(added.sort()).toEqual(['SwitchboardFlowKey', 'SwitchboardFlowVersion', 'SwitchboardIsTest', 'SwitchboardPlanHash']);
    const listed = (await connection.operatorService.listSearchAttributes({ namespace })).customAttributes ?? {};
    expect(Object.keys(listed)).toEqual(expect.arrayContaining(added));
    expect(await ensureSearchAttributes(connection, namespace)).toEqual([]);
  });
});
