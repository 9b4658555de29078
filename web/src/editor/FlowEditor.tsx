/**
 * A loaded flow: the workbench plus everything that talks to the server — autosave with conflict detection,
 * publish, version history and diff, test runs — and the banner that says what the canvas is showing.
 */
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TActivityType } from '@switchboard/flows/catalog/types';
import { Link } from '../lib/router.tsx';
import { errorText, trpcClient, type RouterOutputs } from '../lib/trpc.ts';
import { toast } from '../ui/toast.tsx';
import { EditorProvider, useEditorStore } from './store/context.tsx';
import { EditorWorkbench } from './EditorWorkbench.tsx';
import { fromDocument } from './model/convert.ts';
import { useDraftSync } from './versions/use-draft-sync.ts';
import { useViewMode } from './versions/use-view-mode.ts';
import { SaveStatus } from './versions/SaveStatus.tsx';
import { PublishButton } from './versions/PublishButton.tsx';
import { VersionsPanel } from './versions/VersionsPanel.tsx';
import { ViewBanner } from './versions/ViewBanner.tsx';
import { TestRunPanel } from './run/TestRunPanel.tsx';

type TFlow = RouterOutputs['flows']['get'];
type TProps = { flow: TFlow; catalog: readonly TActivityType[]; knownFlows: Record<string, unknown>; title: string };

function graphOf(flow: TFlow) {
  const g = fromDocument(flow.draft);
  return { ...g, meta: { ...g.meta, key: flow.key, name: g.meta.name || flow.name } };
}

function Editor({ flow, catalog, knownFlows, title }: TProps) {
  const { t } = useTranslation();
  const store = useEditorStore();
  const sync = useDraftSync(flow.key, flow.draftRevision);
  const mode = useViewMode();
  const [versions, setVersions] = useState(flow.versions);
  const [panel, setPanel] = useState<'versions' | 'test' | null>(null);
  const running = versions.reduce<number | null>((m, v) => (m === null || v.version > m ? v.version : m), null);

  useEffect(() => store.getState().setCatalog(catalog), [store, catalog]);

  const reload = useCallback(async () => {
    try {
      const fresh = await trpcClient.flows.get.query({ key: flow.key });
      mode.exit();
      store.getState().load(graphOf(fresh));
      sync.rebase(fresh.draftRevision);
      setVersions(fresh.versions);
    } catch (error) {
      toast(errorText(error), 'error');
    }
  }, [flow.key, store, sync, mode]);

  const onPublished = useCallback(async () => {
    setVersions(await trpcClient.flows.versions.query({ key: flow.key }));
  }, [flow.key]);

  const conflict = sync.state.status === 'conflict' && (
    <div className="sb-banner warn" role="alert" data-testid="conflict-banner">
      <span>{t('editor.save.conflictBanner')}</span>
      <span className="sb-small">{sync.state.message}</span>
      <button type="button" className="sb-btn" onClick={() => void reload()} data-testid="conflict-reload">{t('editor.action.reload')}</button>
    </div>
  );
  const heading = (
    <span className="sb-heading">
      <Link to="/flows" className="sb-muted">{title}</Link>
      <span className="sb-muted">/</span>
      <strong className="sb-heading-name">{flow.name}</strong>
      <code className="sb-muted sb-small">{flow.key}</code>
    </span>
  );
  const actions = (
    <>
      <SaveStatus state={sync.state} running={running} />
      <button type="button" className={`sb-btn${panel === 'versions' ? ' is-active' : ''}`} onClick={() => setPanel(panel === 'versions' ? null : 'versions')} data-testid="open-versions">
        {t('editor.action.versions')} {versions.length ? `(${versions.length})` : ''}
      </button>
      <button type="button" className={`sb-btn${panel === 'test' ? ' is-active' : ''}`} onClick={() => setPanel(panel === 'test' ? null : 'test')} data-testid="open-test-run">
        {t('editor.action.testRun')}
      </button>
      <PublishButton flowKey={flow.key} save={sync.saveNow} onPublished={() => void onPublished()} />
    </>
  );
  const overlay = (
    <>
      {panel === 'versions' && (
        <VersionsPanel flowKey={flow.key} versions={versions} onClose={() => setPanel(null)}
          draftGraph={() => { const s = store.getState(); return { nodes: s.nodes, edges: s.edges, meta: s.meta }; }}
          onView={(v, g, h) => mode.enter(v, g, h)} />
      )}
      {panel === 'test' && (
        <TestRunPanel flowKey={flow.key} running={running} save={sync.saveNow} onClose={() => setPanel(null)}
          onPath={(v, h) => mode.enter(v, null, h)} />
      )}
    </>
  );
  return (
    <EditorWorkbench title={heading} actions={actions} overlay={overlay} knownFlows={knownFlows}
      banner={<>{conflict}{mode.view && <ViewBanner view={mode.view} onExit={mode.exit} />}</>} />
  );
}

export function FlowEditor(props: TProps) {
  return (
    <EditorProvider initial={() => graphOf(props.flow)}>
      <Editor {...props} />
    </EditorProvider>
  );
}
