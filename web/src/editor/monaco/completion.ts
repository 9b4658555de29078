/**
 * Completion of `input.*`, `vars.*`, `params.*` and `run.*` from what is known upstream of the node being edited.
 * Monaco providers are global per language, so each editor model carries its own names in a WeakMap.
 */
import type { editor, languages, Position } from 'monaco-editor/editor';
import { JSONATA_FUNCTIONS } from './jsonata-language.ts';

/** Nested field names: `{ customer: { name: {} } }` offers `customer` then `customer.name`. */
export type TNameTree = { [name: string]: TNameTree };
export type TCompletionNames = { input: TNameTree; vars: TNameTree; params: TNameTree };

const RUN: TNameTree = { id: {}, flowKey: {}, version: {}, startedAt: {}, initiator: {} };
const namesByModel = new WeakMap<editor.ITextModel, TCompletionNames>();

export function setCompletionNames(model: editor.ITextModel, names: TCompletionNames) {
  namesByModel.set(model, names);
}

export function completionProvider(kinds: typeof languages.CompletionItemKind): languages.CompletionItemProvider {
  return {
    triggerCharacters: ['.', '$'],
    provideCompletionItems(model: editor.ITextModel, position: Position) {
      const names = namesByModel.get(model) ?? { input: {}, vars: {}, params: {} };
      const line = model.getLineContent(position.lineNumber).slice(0, position.column - 1);
      const word = model.getWordUntilPosition(position);
      const range = { startLineNumber: position.lineNumber, endLineNumber: position.lineNumber, startColumn: word.startColumn, endColumn: word.endColumn };
      if (/\$\w*$/.test(line)) {
        const start = line.lastIndexOf('$') + 1;
        return { suggestions: JSONATA_FUNCTIONS.map((f) => ({ label: `$${f}`, kind: kinds.Function, insertText: `${f}()`, range: { ...range, startColumn: start + 1 } })) };
      }
      const path = /((?:[A-Za-z_]\w*\.)+)\w*$/.exec(line)?.[1]?.split('.').filter(Boolean) ?? [];
      const roots: TNameTree = { input: names.input, vars: names.vars, params: names.params, run: RUN };
      let tree: TNameTree | undefined = roots;
      for (const seg of path) tree = tree?.[seg];
      if (!tree) return { suggestions: [] };
      return {
        suggestions: Object.keys(tree).map((label) => ({
          label, kind: path.length === 0 ? kinds.Module : kinds.Field, insertText: label, range,
        })),
      };
    },
  };
}
