import { describe, expect, it } from 'vitest';
import { builtinActivityTypes } from '@switchboard/flows/catalog/builtins';
import type { TActivityType } from '@switchboard/flows/catalog/types';
import { fromDocument } from '../model/convert.ts';
import { completionProvider } from '../monaco/completion.ts';
import { upstreamNames } from './upstream.ts';

const customer: TActivityType = {
  type: 'crm.find', title: 'Find', inputSchema: {},
  outputSchema: { type: 'object', properties: { name: { type: 'string' }, phone: { type: 'string' } } },
};
const g = fromDocument({
  inputSchema: { type: 'object', properties: { severity: { type: 'string' }, customer: { type: 'object', properties: { id: {} } } } },
  parameters: { reviewSla: { default: '24h' } },
  nodes: [
    { id: 's', kind: 'start', config: {} },
    { id: 'find', kind: 'task', config: { activity: 'crm.find', output: 'cust' } },
    { id: 'r', kind: 'review', config: { outcomes: ['ok'], output: 'decision' } },
    { id: 'later', kind: 'set', config: { assign: { late: 1 } } },
  ],
  edges: [{ id: 'a', from: 's', to: 'find' }, { id: 'b', from: 'find', to: 'r' }, { id: 'c', from: 'r', to: 'later', port: 'ok' }],
});

describe('names known upstream of a node', () => {
  it('offers vars assigned before the node (with activity output fields), never after it', () => {
    const names = upstreamNames(g, 'r', [...builtinActivityTypes, customer]);
    expect(names.vars).toEqual({ cust: { name: {}, phone: {} } });
    expect(names.input).toEqual({ severity: {}, customer: { id: {} } });
    expect(names.params).toEqual({ reviewSla: {} });
    expect(Object.keys(upstreamNames(g, 'later', [customer]).vars).sort()).toEqual(['cust', 'decision']);
  });

  it('completes the path being typed from those names', () => {
    const provider = completionProvider({ Module: 8, Field: 3, Function: 1 } as never);
    const names = upstreamNames(g, 'r', [customer]);
    const suggest = (line: string) => {
      const model = {
        getLineContent: () => line,
        getWordUntilPosition: () => ({ word: '', startColumn: line.length + 1, endColumn: line.length + 1 }),
      };
      const setNames = (m: object) => import('../monaco/completion.ts').then((c) => c.setCompletionNames(m as never, names));
      return setNames(model).then(() => {
        const result = provider.provideCompletionItems(model as never, { lineNumber: 1, column: line.length + 1 } as never, {} as never, {} as never);
        return result && 'suggestions' in result ? result.suggestions.map((s) => s.label) : [];
      });
    };
    return Promise.all([suggest('vars.cust.'), suggest('input.'), suggest('params.'), suggest('')]).then(([a, b, c, d]) => {
      expect(a).toEqual(['name', 'phone']);
      expect(b).toEqual(['severity', 'customer']);
      expect(c).toEqual(['reviewSla']);
      expect(d).toEqual(['input', 'vars', 'params', 'run']);
    });
  });
});
