/**
 * A small auto-growing Monaco editor for one expression, template or JSON value, with upstream-name completion
 * and the compiler's diagnostics for this field as markers. Loaded lazily so the canvas never waits for Monaco.
 */
import { useEffect, useRef } from 'react';
import type { TDiagnostic } from '@switchboard/flows/catalog/types';
import { monaco } from './setup.ts';
import { setCompletionNames, type TCompletionNames } from './completion.ts';

export type TCodeFieldProps = {
  value: string;
  onChange(value: string): void;
  language: 'sb-expr' | 'sb-template';
  names?: TCompletionNames;
  problems?: readonly TDiagnostic[];
  ariaLabel: string;
  maxHeight?: number;
};

export default function CodeField({ value, onChange, language, names, problems, ariaLabel, maxHeight = 220 }: TCodeFieldProps) {
  const host = useRef<HTMLDivElement>(null);
  const ed = useRef<monaco.editor.IStandaloneCodeEditor | null>(null);
  const change = useRef(onChange);
  change.current = onChange;

  useEffect(() => {
    if (!host.current) return;
    const editor = monaco.editor.create(host.current, {
      value, language, theme: 'sb-light', minimap: { enabled: false }, lineNumbers: 'off', glyphMargin: false,
      folding: false, lineDecorationsWidth: 6, lineNumbersMinChars: 0, scrollBeyondLastLine: false, wordWrap: 'on',
      fontSize: 12.5, fontFamily: 'JetBrains Mono, ui-monospace, Menlo, monospace', automaticLayout: true,
      overviewRulerLanes: 0, renderLineHighlight: 'none', scrollbar: { vertical: 'auto', horizontal: 'hidden', alwaysConsumeMouseWheel: false },
      fixedOverflowWidgets: true, ariaLabel, suggest: { showWords: false }, quickSuggestions: { other: true, strings: false, comments: false },
      padding: { top: 5, bottom: 5 },
      // Chinese full-width punctuation (：，；) is ordinary text in SMS templates, not a confusable to box.
      unicodeHighlight: { ambiguousCharacters: false },
      // The hidden-textarea input path: works with IMEs (Chinese input) and with automation alike.
      editContext: false,
    });
    ed.current = editor;
    const fit = () => {
      const h = Math.min(maxHeight, Math.max(30, editor.getContentHeight()));
      if (host.current) host.current.style.height = `${h}px`;
      editor.layout();
    };
    editor.onDidContentSizeChange(fit);
    editor.onDidChangeModelContent(() => change.current(editor.getValue()));
    fit();
    return () => {
      editor.getModel()?.dispose();
      editor.dispose();
      ed.current = null;
    };
    // The editor is created once; value, names and markers are pushed in by the effects below.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [language]);

  useEffect(() => {
    const editor = ed.current;
    if (editor && editor.getValue() !== value) editor.setValue(value);
  }, [value]);

  useEffect(() => {
    const model = ed.current?.getModel();
    if (model && names) setCompletionNames(model, names);
  }, [names]);

  useEffect(() => {
    const model = ed.current?.getModel();
    if (!model) return;
    const end = { endLineNumber: model.getLineCount(), endColumn: model.getLineMaxColumn(model.getLineCount()) };
    monaco.editor.setModelMarkers(model, 'switchboard', (problems ?? []).map((d) => ({
      severity: d.severity === 'error' ? monaco.MarkerSeverity.Error : monaco.MarkerSeverity.Warning,
      message: `${d.code}: ${d.message}`, startLineNumber: 1, startColumn: 1, ...end,
    })));
  }, [problems, value]);

  return <div ref={host} className={`sb-code${problems?.length ? ' has-problem' : ''}`} data-testid="code-field" />;
}
