/**
 * The editor's use of the runs API: start a test run of the flow and read where a run has been. Kept in one file
 * so the panel and the path overlay do not depend on the shape of run events.
 */
import { trpcClient } from '../../lib/trpc.ts';

export type TRunPath = {
  status: string;
  version?: number;
  /** Node ids in the order the run entered them. */
  visited: string[];
  /** Node ids the run is parked at now (review, event, wait). */
  current: string[];
  /** Ports each node was left by, when the events say so. */
  ports: Map<string, string[]>;
  waitingFor?: string;
};

export async function startTestRun(flowKey: string, input: unknown): Promise<{ runId: string }> {
  const started = await trpcClient.runs.start.mutate({ flowKey, input, isTest: true });
  return { runId: started.runId };
}

export async function fetchRunPath(runId: string): Promise<TRunPath> {
  const run = await trpcClient.runs.get.query({ runId });
  const visited: string[] = [];
  const ports = new Map<string, string[]>();
  for (const e of run.events) {
    if (e.nodeId && !visited.includes(e.nodeId)) visited.push(e.nodeId);
    if (e.nodeId && e.port) ports.set(e.nodeId, [...(ports.get(e.nodeId) ?? []), e.port]);
  }
  return { status: run.status, version: run.version, visited, current: run.position ?? [], ports };
}
