/**
 * Monarch tokenizers: `sb-expr` for JSONata expressions and `sb-template` for text with `{{ expr }}` segments.
 * Hand-written for JSONata's grammar (paths, `$` variables and functions, backtick names, regex literals).
 */
import type { languages } from 'monaco-editor/editor';

const expressionRules: languages.IMonarchLanguageRule[] = [
  [/\/\*/, 'comment', '@comment'],
  [/"([^"\\]|\\.)*"/, 'string'],
  [/'([^'\\]|\\.)*'/, 'string'],
  [/`[^`]*`/, 'variable.name'],
  [/\$[A-Za-z_][\w]*(?=\s*\()/, 'predefined'],
  [/\$[A-Za-z_]\w*|\$\$|\$/, 'variable'],
  [/-?\d+(\.\d+)?([eE][+-]?\d+)?/, 'number'],
  [/\b(and|or|in|function|true|false|null)\b/, 'keyword'],
  [/\b(input|vars|params|run)\b/, 'type.identifier'],
  [/[A-Za-z_][\w]*/, 'identifier'],
  [/:=|!=|<=|>=|~>|\?:|\?\?|[=<>&+\-*/%?:.^#@|]/, 'operator'],
  [/[{}()[\]]/, '@brackets'],
  [/[;,]/, 'delimiter'],
  [/\s+/, 'white'],
];

export const expressionLanguage: languages.IMonarchLanguage = {
  defaultToken: '',
  tokenizer: {
    root: expressionRules,
    comment: [[/\*\//, 'comment', '@pop'], [/[^*]+/, 'comment'], [/\*/, 'comment']],
  },
};

export const templateLanguage: languages.IMonarchLanguage = {
  defaultToken: 'string.template',
  tokenizer: {
    root: [
      [/\{\{/, { token: 'delimiter.template', next: '@expr' }],
      [/[^{]+/, 'string.template'],
      [/\{/, 'string.template'],
    ],
    expr: [[/\}\}/, { token: 'delimiter.template', next: '@pop' }], ...expressionRules],
    comment: [[/\*\//, 'comment', '@pop'], [/[^*]+/, 'comment'], [/\*/, 'comment']],
  },
};

export const bracketConfig: languages.LanguageConfiguration = {
  brackets: [['{', '}'], ['[', ']'], ['(', ')']],
  autoClosingPairs: [
    { open: '{', close: '}' }, { open: '[', close: ']' }, { open: '(', close: ')' },
    { open: '"', close: '"' }, { open: "'", close: "'" },
  ],
};

/** JSONata's built-in functions, offered after `$`. */
export const JSONATA_FUNCTIONS = [
  'sum', 'count', 'max', 'min', 'average', 'string', 'substring', 'substringBefore', 'substringAfter', 'lowercase',
  'uppercase', 'length', 'trim', 'pad', 'contains', 'split', 'join', 'match', 'replace', 'now', 'fromMillis',
  'toMillis', 'number', 'abs', 'floor', 'ceil', 'round', 'boolean', 'not', 'exists', 'map', 'filter', 'reduce',
  'keys', 'lookup', 'append', 'sort', 'reverse', 'distinct', 'merge', 'each', 'type', 'formatNumber',
];
