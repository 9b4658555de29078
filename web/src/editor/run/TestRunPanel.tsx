/**
 * Test run from the editor: sample input (prefilled from the input schema), start a real run marked as a test,
 * then follow it — the nodes and edges it went through are highlighted on the canvas as it moves.
 */
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from '../../lib/router.tsx';
import { errorText } from '../../lib/trpc.ts';
import { useEditor } from '../store/context.tsx';
import type { THighlight } from '../store/store.ts';
import type { TView } from '../versions/use-view-mode.ts';
import { fetchRunPath, startTestRun, type TRunPath } from './runs-api.ts';
import { sampleObject } from './sample-input.ts';
import { pathHighlight } from './path.ts';

export function TestRunPanel({ flowKey, running, save, onClose, onPath }: {
  flowKey: string; running: number | null; save(): Promise<boolean>; onClose(): void; onPath(view: TView, h: THighlight): void;
}) {
  const { t } = useTranslation();
  const inputSchema = useEditor((s) => s.meta.inputSchema);
  const edges = useEditor((s) => s.edges);
  const nodes = useEditor((s) => s.nodes);
  const [text, setText] = useState(() => JSON.stringify(sampleObject(inputSchema), null, 2));
  const [runId, setRunId] = useState<string | null>(null);
  const [run, setRun] = useState<TRunPath | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const start = async () => {
    setError(null);
    let input: unknown;
    try { input = JSON.parse(text); } catch (e) { setError(t('editor.run.badJson', { message: e instanceof Error ? e.message : String(e) })); return; }
    setBusy(true);
    try {
      await save();
      const started = await startTestRun(flowKey, input);
      setRunId(started.runId);
      setRun(null);
    } catch (e) {
      setError(errorText(e));
    } finally {
      setBusy(false);
    }
  };

  useEffect(() => {
    if (!runId) return;
    let stop = false;
    const poll = async () => {
      try {
        const path = await fetchRunPath(runId);
        if (stop) return;
        setRun(path);
        onPath({ title: t('editor.run.pathTitle', { id: runId, version: path.version ?? '?' }), legend: 'run' }, pathHighlight(path, nodes, edges));
        if (path.status === 'running') setTimeout(() => void poll(), 1200);
      } catch (e) {
        if (!stop) setError(errorText(e));
      }
    };
    void poll();
    return () => { stop = true; };
    // Poll once per started run; the canvas edges are read at each poll through the closure of that run.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [runId]);

  return (
    <aside className="sb-side-panel" data-testid="test-run-panel" aria-label={t('editor.action.testRun')}>
      <header><strong>{t('editor.action.testRun')}</strong><button type="button" className="sb-icon-btn" onClick={onClose} aria-label={t('editor.action.close')}>×</button></header>
      <div className="sb-side-body">
        <p className="sb-small sb-muted">{running ? t('editor.run.explain', { version: running }) : t('editor.run.explainDraft')}</p>
        <label className="sb-field-label"><span>{t('editor.run.input')}</span>
          <textarea className="sb-input sb-mono" rows={4} value={text} spellCheck={false} onChange={(e) => setText(e.target.value)} data-testid="test-input" />
        </label>
        {error && <div className="sb-field-problem error" role="alert">{error}</div>}
        <button type="button" className="sb-btn sb-btn-primary" disabled={busy || running === null} onClick={() => void start()} data-testid="test-start">{t('editor.action.start')}</button>
        {runId && (
          <div className="sb-version" data-testid="test-run-status">
            <div className="sb-version-row"><span className={`sb-pill ${run?.status === 'running' ? 'blue' : 'green'}`}>{run?.status ?? '…'}</span>
              {run?.version !== undefined && <span className="sb-pill">v{run.version}</span>}</div>
            <Link to={`/runs/${encodeURIComponent(runId)}`} className="sb-small sb-mono">{runId}</Link>
            {run?.waitingFor && <div className="sb-small">{run.waitingFor}</div>}
          </div>
        )}
      </div>
    </aside>
  );
}
