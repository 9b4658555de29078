/** The workflow bundle's entry: only workflow code is reachable from here (no Node built-ins, no I/O). */
export { runFlow } from './run-flow.ts';
export { runBatch } from './batch/run-batch.ts';
