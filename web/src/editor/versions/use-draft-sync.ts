/**
 * Draft autosave with optimistic concurrency: every save names the revision it edited; when another tab or a
 * colleague saved in between, the server refuses (409) and we stop saving and say so — never overwrite silently.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { httpStatus, errorText, trpcClient } from '../../lib/trpc.ts';
import { useEditorStore } from '../store/context.tsx';
import { toDocument } from '../model/convert.ts';

export type TSaveState = { status: 'saved' | 'dirty' | 'saving' | 'conflict' | 'error'; revision: number; message?: string };

const AUTOSAVE_MS = 800;

export function useDraftSync(key: string, initialRevision: number) {
  const store = useEditorStore();
  const [state, setState] = useState<TSaveState>({ status: 'saved', revision: initialRevision });
  const revision = useRef(initialRevision);
  const lastSaved = useRef(JSON.stringify(toDocument(store.getState())));
  const blocked = useRef(false);
  const inFlight = useRef<Promise<boolean> | null>(null);

  const saveNow = useCallback(async (): Promise<boolean> => {
    if (inFlight.current) await inFlight.current;
    const s = store.getState();
    if (blocked.current || s.readOnly) return !blocked.current;
    const document = toDocument(s);
    const text = JSON.stringify(document);
    if (text === lastSaved.current) return true;
    setState({ status: 'saving', revision: revision.current });
    const run = (async () => {
      try {
        const saved = await trpcClient.flows.saveDraft.mutate({ key, draftRevision: revision.current, document });
        revision.current = saved.draftRevision;
        lastSaved.current = text;
        const stillSame = JSON.stringify(toDocument(store.getState())) === text;
        setState({ status: stillSame ? 'saved' : 'dirty', revision: saved.draftRevision });
        return true;
      } catch (error) {
        if (httpStatus(error) === 409) blocked.current = true;
        setState({ status: blocked.current ? 'conflict' : 'error', revision: revision.current, message: errorText(error) });
        return false;
      }
    })();
    inFlight.current = run;
    try {
      return await run;
    } finally {
      inFlight.current = null;
    }
  }, [key, store]);

  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const unsubscribe = store.subscribe((s, prev) => {
      if (s.docVersion === prev.docVersion || s.readOnly || blocked.current) return;
      setState((st) => (st.status === 'saving' ? st : { ...st, status: 'dirty' }));
      clearTimeout(timer);
      timer = setTimeout(() => void saveNow(), AUTOSAVE_MS);
    });
    const flushOnLeave = () => void saveNow();
    window.addEventListener('beforeunload', flushOnLeave);
    return () => {
      unsubscribe();
      clearTimeout(timer);
      window.removeEventListener('beforeunload', flushOnLeave);
    };
  }, [store, saveNow]);

  /** After a reload from the server: adopt its revision and content as the new baseline. */
  const rebase = useCallback((rev: number) => {
    revision.current = rev;
    blocked.current = false;
    lastSaved.current = JSON.stringify(toDocument(store.getState()));
    setState({ status: 'saved', revision: rev });
  }, [store]);

  return { state, saveNow, rebase, revision };
}
