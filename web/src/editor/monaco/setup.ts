/**
 * Monaco, bundled with the app (never from a CDN): the core API plus editor features, no language services, and
 * only the editor worker (the TypeScript worker alone would be ~7 MB). Loaded lazily with the inspector's fields.
 */
import * as monaco from 'monaco-editor/editor';
import 'monaco-editor/features/register.all';
import EditorWorker from 'monaco-editor/editor/editor.worker?worker';
import { bracketConfig, expressionLanguage, templateLanguage } from './jsonata-language.ts';
import { completionProvider } from './completion.ts';

window.MonacoEnvironment = { getWorker: () => new EditorWorker() };

for (const [id, language] of [['sb-expr', expressionLanguage], ['sb-template', templateLanguage]] as const) {
  monaco.languages.register({ id });
  monaco.languages.setMonarchTokensProvider(id, language);
  monaco.languages.setLanguageConfiguration(id, bracketConfig);
  monaco.languages.registerCompletionItemProvider(id, completionProvider(monaco.languages.CompletionItemKind));
}

monaco.editor.defineTheme('sb-light', {
  base: 'vs',
  inherit: true,
  rules: [
    { token: 'type.identifier', foreground: '5b5bd6', fontStyle: 'bold' },
    { token: 'variable', foreground: 'b4537a' },
    { token: 'predefined', foreground: '0d7d74' },
    { token: 'string.template', foreground: '1b1f2a' },
    { token: 'delimiter.template', foreground: 'c2410c', fontStyle: 'bold' },
    { token: 'keyword', foreground: '7c3aed' },
  ],
  colors: { 'editor.background': '#ffffff', 'editor.lineHighlightBackground': '#f8f9fb' },
});

export { monaco };
