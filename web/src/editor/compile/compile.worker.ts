/// <reference lib="webworker" />
/**
 * Live compile off the main thread: typing in the inspector never waits for the compiler, even on 1,000 nodes.
 * The compiler never throws by contract; the catch is for a broken worker bundle, reported as a diagnostic.
 */
import { compileDocument } from './run-compiler.ts';
import type { TCompileRequest, TCompileResponse } from './protocol.ts';

self.onmessage = (e: MessageEvent<TCompileRequest>) => {
  const { seq, doc, catalog, knownFlows } = e.data;
  const started = performance.now();
  const diagnostics = compileDocument(doc, catalog, knownFlows);
  const reply: TCompileResponse = { seq, diagnostics, ms: performance.now() - started };
  self.postMessage(reply);
};
