/**
 * Renders the editor workbench alone (no server) for the bench and for screenshots during development:
 * `?n=1000` opens a generated flow, `?sample=complaint` the reduced complaint flow, `&lang=en|zh-CN`.
 */
import { createRoot } from 'react-dom/client';
import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import { builtinActivityTypes } from '@switchboard/flows/catalog/builtins';
import { ZActivityType } from '@switchboard/flows/catalog/types';
import declared from '../../../flows/catalog/declared.json';
import { EditorProvider } from '../../src/editor/store/context.tsx';
import { EditorWorkbench } from '../../src/editor/EditorWorkbench.tsx';
import { fromDocument } from '../../src/editor/model/convert.ts';
import { useEditorStore } from '../../src/editor/store/context.tsx';
import { useEffect } from 'react';
import { generateFlow } from '../generate-flow.ts';
import { sampleComplaintFlow } from './sample-flow.ts';
import '../../src/styles/base.css';
import '../../src/styles/controls.css';

const params = new URLSearchParams(location.search);
await i18n.use(initReactI18next).init({ resources: { en: { translation: {} }, 'zh-CN': { translation: {} } }, lng: params.get('lang') ?? 'en', interpolation: { escapeValue: false } });

const catalog = [...builtinActivityTypes, ...declared.flatMap((a: unknown) => { const p = ZActivityType.safeParse(a); return p.success ? [p.data] : []; })];
const n = Number(params.get('n') ?? 0);
const doc = n > 0 ? generateFlow(n) : params.get('sample') ? sampleComplaintFlow : { format: 'switchboard.flow/v1', key: 'new-flow', name: 'New flow', nodes: [], edges: [] };

function Catalog() {
  const store = useEditorStore();
  useEffect(() => store.getState().setCatalog(catalog), [store]);
  return null;
}

(window as unknown as { sbStarted: number }).sbStarted = performance.now();
const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <EditorProvider initial={() => fromDocument(doc)}>
      <Catalog />
      <div style={{ height: '100vh' }}><EditorWorkbench title={<strong>{String(doc['name'])}</strong>} /></div>
    </EditorProvider>,
  );
}
