/** Connects the Temporal client eagerly, so an unreachable server is a clear start-up error, not a late 500. */
import { Client, Connection } from '@temporalio/client';
import { TemporalUnreachableError } from './startup-errors.ts';

export async function connectTemporal(address: string, namespace: string): Promise<{ client: Client; connection: Connection }> {
  let connection: Connection;
  try {
    connection = await Connection.connect({ address, connectTimeout: 5_000 });
    await connection.workflowService.getSystemInfo({});
  } catch (error) {
    const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
    throw new TemporalUnreachableError(`Cannot reach Temporal at ${address} (TEMPORAL_ADDRESS): ${reason}`);
  }
  return { client: new Client({ connection, namespace }), connection };
}
