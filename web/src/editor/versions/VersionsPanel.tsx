/**
 * Version history: newest first, the one new runs start with marked; view a version read-only, or compare any two
 * (or a version with the draft) as a visual diff on the canvas.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RouterOutputs } from '../../lib/trpc.ts';
import { errorText, trpcClient } from '../../lib/trpc.ts';
import { toast } from '../../ui/toast.tsx';
import { fromDocument, toDocument } from '../model/convert.ts';
import { diffDocuments } from './diff.ts';
import type { TView } from './use-view-mode.ts';
import type { TGraph } from '../model/convert.ts';
import type { THighlight } from '../store/store.ts';

type TVersion = RouterOutputs['flows']['versions'][number];
const DRAFT = 'draft';

export function VersionsPanel({ flowKey, versions, draftGraph, onView, onClose }: {
  flowKey: string; versions: readonly TVersion[]; draftGraph(): TGraph;
  onView(view: TView, graph: TGraph, highlight: THighlight | null): void; onClose(): void;
}) {
  const { t } = useTranslation();
  const newestFirst = [...versions].sort((a, b) => b.version - a.version);
  const latest = newestFirst[0]?.version;
  const [from, setFrom] = useState(String(newestFirst[1]?.version ?? latest ?? ''));
  const [to, setTo] = useState(DRAFT);
  const load = async (v: string) => (v === DRAFT ? toDocument(draftGraph()) : (await trpcClient.flows.getVersion.query({ key: flowKey, version: Number(v) })).document);
  const label = (v: string) => (v === DRAFT ? t('editor.versions.draft') : `v${v}`);

  const compare = async () => {
    try {
      const [a, b] = await Promise.all([load(from), load(to)]);
      const diff = diffDocuments(a, b);
      onView({ title: t('editor.versions.diffTitle', { from: label(from), to: label(to), ...diff.counts }), legend: 'diff' }, diff.graph,
        { title: 'diff', nodes: diff.nodes, edges: diff.edges });
    } catch (error) {
      toast(errorText(error), 'error');
    }
  };
  const view = async (v: number) => {
    try {
      const doc = await load(String(v));
      onView({ title: t('editor.versions.viewing', { version: v }), legend: 'version' }, fromDocument(doc), null);
    } catch (error) {
      toast(errorText(error), 'error');
    }
  };
  const options = [DRAFT, ...newestFirst.map((v) => String(v.version))];
  return (
    <aside className="sb-side-panel" data-testid="versions-panel" aria-label={t('editor.action.versions')}>
      <header><strong>{t('editor.action.versions')}</strong><button type="button" className="sb-icon-btn" onClick={onClose} aria-label={t('editor.action.close')}>×</button></header>
      <div className="sb-side-body">
        {newestFirst.length === 0 && <p className="sb-muted">{t('editor.versions.none')}</p>}
        {newestFirst.length > 0 && (
          <div className="sb-version-compare">
            <div className="sb-inline-add">
              <select className="sb-input" value={from} onChange={(e) => setFrom(e.target.value)} aria-label={t('editor.versions.from')} data-testid="diff-from">
                {options.map((o) => <option key={o} value={o}>{label(o)}</option>)}
              </select>
              <span>→</span>
              <select className="sb-input" value={to} onChange={(e) => setTo(e.target.value)} aria-label={t('editor.versions.to')} data-testid="diff-to">
                {options.map((o) => <option key={o} value={o}>{label(o)}</option>)}
              </select>
              <button type="button" className="sb-btn" onClick={() => void compare()} data-testid="diff-compare">{t('editor.action.compare')}</button>
            </div>
          </div>
        )}
        {newestFirst.map((v) => (
          <div key={v.version} className={`sb-version${v.version === latest ? ' is-running' : ''}`} data-testid={`version-${v.version}`}>
            <div className="sb-version-row">
              <strong>v{v.version}</strong>
              {v.version === latest && <span className="sb-pill green">{t('editor.versions.newRunsUse')}</span>}
              <span className="sb-muted sb-small" style={{ marginLeft: 'auto' }}>{new Date(v.createdAt).toLocaleString()}</span>
            </div>
            <div className="sb-small">{v.note || <span className="sb-muted">{t('editor.versions.noNote')}</span>}</div>
            <div className="sb-version-row sb-small sb-muted">
              <span>{v.author}</span><code>{v.planHash.slice(0, 10)}</code>
              <button type="button" className="sb-btn sb-btn-ghost" style={{ marginLeft: 'auto' }} onClick={() => void view(v.version)}>{t('editor.action.view')}</button>
            </div>
          </div>
        ))}
      </div>
    </aside>
  );
}
