import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import en from './en.json';
import zhCN from './zh-CN.json';

/** Flattened keys with plural suffixes folded, since English needs `_one` where Chinese has only `_other`. */
function keys(tree: unknown, prefix = ''): string[] {
  if (typeof tree !== 'object' || tree === null) return [prefix];
  return Object.entries(tree).flatMap(([k, v]) => keys(v, prefix ? `${prefix}.${k}` : k));
}
const fold = (list: string[]) => [...new Set(list.map((k) => k.replace(/_(one|other)$/, '')))].sort();

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) return name === 'editor' || name === 'messages' || name === 'campaigns' ? [] : sourceFiles(full);
    return /\.tsx?$/.test(name) && !name.endsWith('.test.ts') ? [full] : [];
  });
}

describe('translations', () => {
  it('has the same keys in English and Chinese', () => {
    expect(fold(keys(zhCN))).toEqual(fold(keys(en)));
  });

  it('defines every literal key the shell uses (editor, messages and campaigns ship their own bundles)', () => {
    const known = new Set(fold(keys(en)));
    const used = sourceFiles(join(import.meta.dirname, '..')).flatMap((file) =>
      [...readFileSync(file, 'utf8').matchAll(/\bt\(\s*'([a-zA-Z][\w.-]*)'/g)].map((m) => m[1] ?? ''),
    );
    expect(used.length).toBeGreaterThan(50);
    expect([...new Set(used.filter((k) => !known.has(k)))]).toEqual([]);
  });
});
