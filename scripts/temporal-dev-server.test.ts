import { describe, expect, it } from 'vitest';
import { Connection } from '@temporalio/client';

describe('the shared Temporal dev server', () => {
  it('is reachable and has the Switchboard search attributes registered', async () => {
    const address = process.env.TEMPORAL_ADDRESS;
    expect(address).toBeTruthy();
    const connection = await Connection.connect({ address: address ?? '' });
    try {
      const custom = (await connection.operatorService.listSearchAttributes({ namespace: 'default' })).customAttributes ?? {};
      expect(Object.keys(custom)).toEqual(expect.arrayContaining(['SwitchboardFlowKey', 'SwitchboardPlanHash']));
    } finally {
      await connection.close();
    }
  });
});
