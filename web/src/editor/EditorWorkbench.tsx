/**
 * The editor without any server: palette, canvas, inspector, problems, live compile. EditorPage wraps it with
 * loading, saving, publishing, versions and test runs; the bench renders it alone with generated flows.
 */
import type { ReactNode } from 'react';
import { ReactFlowProvider } from '@xyflow/react';
import '@xyflow/react/dist/style.css';
import './editor.css';
import './i18n.ts';
import { FlowCanvas } from './canvas/FlowCanvas.tsx';
import { Palette } from './palette/Palette.tsx';
import { Inspector } from './inspector/Inspector.tsx';
import { ProblemsPanel } from './problems/ProblemsPanel.tsx';
import { CanvasTools, EditorHeader } from './EditorToolbar.tsx';
import { useLiveCompile } from './compile/use-live-compile.ts';

const NO_FLOWS: Record<string, unknown> = {};

function LiveCompile({ knownFlows }: { knownFlows: Record<string, unknown> }) {
  useLiveCompile(knownFlows);
  return null;
}

export function EditorWorkbench({ title, actions, banner, overlay, knownFlows = NO_FLOWS }: {
  title: ReactNode; actions?: ReactNode; banner?: ReactNode; overlay?: ReactNode; knownFlows?: Record<string, unknown>;
}) {
  return (
    <ReactFlowProvider>
      <LiveCompile knownFlows={knownFlows} />
      <div className="sb-editor" data-testid="flow-editor">
        <EditorHeader title={title} actions={actions} />
        {banner}
        <div className="sb-editor-main">
          <Palette />
          <div className="sb-editor-center">
            <CanvasTools knownFlows={knownFlows} />
            <FlowCanvas />
            {overlay}
            <ProblemsPanel />
          </div>
          <Inspector />
        </div>
      </div>
    </ReactFlowProvider>
  );
}
