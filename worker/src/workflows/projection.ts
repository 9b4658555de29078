/**
 * Buffers projection events in the workflow and flushes them with one local activity whenever a token is about
 * to block (an activity call, a timer, an event, a review), so monitoring costs no extra workflow task per node.
 */
import { CancellationScope, proxyLocalActivities } from '@temporalio/workflow';
import type { TProjectionActivities } from '../activities/projection.ts';
import type { TRunInfo } from '../contract.ts';
import type { TProjectionEvent } from './nodes/types.ts';

const local = proxyLocalActivities<TProjectionActivities>({
  startToCloseTimeout: '30 seconds',
  // Projection is monitoring, never worth failing a run for; it keeps retrying while the database is away.
  retry: { initialInterval: '1 second', maximumInterval: '30 seconds' },
});

/**
 * Writes start inside whichever token happened to flush; a join cancelling that token must not cancel the write,
 * so every projection activity runs in a non-cancellable scope.
 */
function shielded(write: () => Promise<void>): Promise<void> {
  return CancellationScope.nonCancellable(write);
}

type TBuffered = { id: string; nodeId: string | null; type: string; port: string | null; at: string; durationMs: number | null; data: unknown };

export class Projection {
  private buffer: TBuffered[] = [];
  private position: string[] | null = null;
  private findings: unknown[] | null = null;
  private chain: Promise<void> = Promise.resolve();

  constructor(
    private readonly run: TRunInfo,
    private readonly nextId: () => string,
  ) {}

  start(planHash: string, input: unknown): void {
    const { run } = this;
    this.chain = this.chain.then(() => shielded(() => local.projectRunStart({ run, planHash, input })));
  }

  record(nodeId: string | null, event: TProjectionEvent): void {
    this.buffer.push({
      id: `${this.run.id}:${this.nextId()}`,
      nodeId,
      type: event.type,
      port: event.port ?? null,
      at: new Date().toISOString(),
      durationMs: event.durationMs ?? null,
      data: event.data ?? null,
    });
  }

  setPosition(position: string[]): void {
    this.position = position;
  }

  setFindings(findings: unknown[]): void {
    this.findings = findings;
  }

  /** Starts writing what is buffered; returns the write chain so callers that must wait for it can. */
  flush(): Promise<void> {
    if (this.buffer.length === 0 && this.position === null && this.findings === null) return this.chain;
    const batch = { runId: this.run.id, events: this.buffer, position: this.position, findings: this.findings };
    this.buffer = [];
    this.position = null;
    this.findings = null;
    this.chain = this.chain.then(() => shielded(() => local.projectEvents(batch)));
    return this.chain;
  }

  async end(end: { status: 'completed' | 'failed' | 'cancelled'; outcome: string | null; result: unknown; error: string | null }): Promise<void> {
    await this.flush();
    await shielded(() => local.projectRunEnd({ runId: this.run.id, ...end, endedAt: new Date().toISOString() }));
  }
}
