import { describe, expect, it } from 'vitest';
import { evaluate, evaluateExpr } from './evaluate.ts';
import { parseExpression } from './parse.ts';
import { listReadPaths, readVarNames } from './reads.ts';
import { parseTemplate, renderTemplate } from './template.ts';

const now = '2026-03-10T02:00:00.000Z';
const ctx = { input: { name: '张三', amount: 12 }, vars: { arrears: { amountCny: 30 } }, params: { sla: '4h' }, run: { id: 'r1' } };

describe('evaluateExpr', () => {
  it('reads the context and arithmetic', async () => {
    expect(await evaluateExpr('vars.arrears.amountCny + input.amount', ctx, { now })).toBe(42);
  });
  it('returns workflow time from $now(), not the wall clock', async () => {
    expect(await evaluateExpr('$now()', ctx, { now })).toBe(now);
    expect(await evaluateExpr('$now()', ctx, { now: Date.parse(now) + 1000 })).toBe('2026-03-10T02:00:01.000Z');
  });
  it.each(['$random()', '$millis()'])('refuses the non-deterministic %s', async (src) => {
    await expect(evaluateExpr(src, ctx, { now })).rejects.toThrow(/not deterministic/);
  });
  it('rejects an expression that does not parse, naming it', async () => {
    await expect(evaluateExpr('1 +', ctx, { now })).rejects.toThrow(/"1 \+" does not parse/);
  });
});

describe('evaluate (compiled values)', () => {
  it('evaluates nested objects, arrays, templates and literals', async () => {
    const value = {
      t: 'obj' as const,
      fields: {
        greeting: { t: 'tpl' as const, parts: ['尊敬的', { src: 'input.name' }, '，欠费', { src: 'vars.arrears.amountCny' }, '元'] },
        list: { t: 'arr' as const, items: [{ t: 'lit' as const, v: 1 }, { t: 'expr' as const, src: 'params.sla' }] },
        missing: { t: 'expr' as const, src: 'vars.nothing' },
      },
    };
    expect(await evaluate(value, ctx, { now })).toEqual({ greeting: '尊敬的张三，欠费30元', list: [1, '4h'] });
  });
});

describe('templates', () => {
  it('splits segments and reports syntax errors and unclosed segments', () => {
    expect(parseTemplate('Hi {{ input.name }}!')).toEqual({ ok: true, parts: ['Hi ', { src: 'input.name' }, '!'] });
    expect(parseTemplate('Hi {{ input.name & }}').ok).toBe(false);
    expect(parseTemplate('Hi {{ input.name').ok).toBe(false);
    expect(parseTemplate('Hi {{ }}').ok).toBe(false);
  });
  it('renders previews synchronously and reports unbound and unsupported segments', () => {
    const bindings = { recipient: { name: '李四', plan: { gb: 10 } } };
    const text = '{{recipient.name}}您好，{{recipient.plan.gb}}G，{{recipient.city}}，{{ $uppercase(x) }}';
    expect(renderTemplate(text, bindings)).toEqual({ text: '李四您好，10G，，', unbound: ['recipient.city'], unsupported: ['$uppercase(x)'] });
    expect(renderTemplate(text, bindings, { strict: true }).text).toBe('李四您好，10G，{{recipient.city}}，{{ $uppercase(x) }}');
  });
  it('never reads inherited properties as bindings', () => {
    expect(renderTemplate('{{constructor}}{{a.toString}}', { a: {} }).unbound).toEqual(['constructor', 'a.toString']);
  });
});

describe('listReadPaths / readVarNames', () => {
  it('lists the context paths an expression reads', () => {
    const src = "$count(vars.lines.lines[status != 'x']) > 0 and input.customer.id = $$.params.limit and $.vars.other";
    expect(listReadPaths(src)).toEqual(['input.customer.id', 'params.limit', 'vars.lines.lines', 'vars.other']);
    expect(readVarNames(src)).toEqual(['lines', 'other']);
  });
  it('is empty for an expression that does not parse', () => {
    expect(listReadPaths('vars.x +')).toEqual([]);
    expect(parseExpression('vars.x +').ok).toBe(false);
  });
});
