import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import en from './i18n/en.json';
import zhCN from './i18n/zh-CN.json';

function keys(tree: unknown, prefix = ''): string[] {
  if (typeof tree !== 'object' || tree === null) return [prefix];
  return Object.entries(tree).flatMap(([k, v]) => keys(v, prefix ? `${prefix}.${k}` : k));
}
/** English needs `_one` where Chinese has only `_other`. */
const fold = (list: string[]) => [...new Set(list.map((k) => k.replace(/_(one|other)$/, '')))].sort();

describe('message-check strings', () => {
  it('has the same keys in English and Chinese', () => {
    expect(fold(keys(zhCN))).toEqual(fold(keys(en)));
  });

  it('defines every literal messages.* key the module uses', () => {
    const known = new Set(fold(keys(en)).map((k) => `messages.${k}`));
    const files = readdirSync(import.meta.dirname).filter((f) => /\.tsx?$/.test(f) && !f.endsWith('.test.ts'));
    const used = files.flatMap((f) => {
      if (!statSync(join(import.meta.dirname, f)).isFile()) return [];
      return [...readFileSync(join(import.meta.dirname, f), 'utf8').matchAll(/\bt\(\s*'(messages\.[\w.]+)'/g)].map((m) => m[1] ?? '');
    });
    expect(used.length).toBeGreaterThan(10);
    expect(used.filter((k) => !known.has(k))).toEqual([]);
  });
});
