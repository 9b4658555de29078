/**
 * Debounced live check: typing re-runs the rules at most once per pause (the engine takes a few ms for a normal
 * text, but a pasted 100 KB text should not run on every keystroke). The first check runs at once so a freshly
 * opened message is never shown unchecked.
 */
import { useEffect, useRef, useState } from 'react';
import { runCheck, type TCheckRequest, type TCheckResult } from './run-check.ts';

export function useMessageCheck(req: TCheckRequest, debounceMs = 250): { result: TCheckResult; pending: boolean } {
  const [result, setResult] = useState<TCheckResult>(() => runCheck(req));
  const [pending, setPending] = useState(false);
  const first = useRef(true);
  const { text, offer, channel, profile, now, previewBindings } = req;
  useEffect(() => {
    if (first.current) { first.current = false; return undefined; }
    setPending(true);
    const timer = window.setTimeout(() => {
      setResult(runCheck({ text, offer, channel, profile, now, previewBindings }));
      setPending(false);
    }, debounceMs);
    return () => window.clearTimeout(timer);
  }, [text, offer, channel, profile, now, previewBindings, debounceMs]);
  return { result, pending };
}
