/**
 * Replays the committed histories of library-flow runs (test/histories/*.json) against the current workflow
 * code: an interpreter change that would break running instances fails here (decision 3). Re-record after an
 * intended, `patched()`-guarded change with `npm run record-histories -w worker`.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from '@temporalio/worker';
import { describe, expect, it } from 'vitest';
import { workflowBundle } from '../src/start-worker.ts';
import { historyFromProtoJson } from './history-json.ts';

const dir = fileURLToPath(new URL('./histories/', import.meta.url));
const files = readdirSync(dir).filter((f) => f.endsWith('.json')).sort();

describe('replay of recorded library-flow histories', () => {
  it('has recorded histories to replay', () => expect(files.length).toBeGreaterThanOrEqual(5));

  it('replays every history without nondeterminism', async () => {
    const histories = files.map((file) => ({ workflowId: file, history: historyFromProtoJson(JSON.parse(readFileSync(`${dir}${file}`, 'utf8'))) }));
    const failures: string[] = [];
    for await (const result of Worker.runReplayHistories({ workflowBundle: await workflowBundle() }, histories)) {
      if (result.error) failures.push(`${result.workflowId}: ${result.error.message}`);
    }
    expect(failures).toEqual([]);
  }, 120_000);
});
