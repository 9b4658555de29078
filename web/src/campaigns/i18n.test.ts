/** The campaign bundle has the same keys in both languages, and every key the pages use exists. */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';
import en from './i18n/en.json';
import zhCN from './i18n/zh-CN.json';

it('en and zh-CN define the same keys, and the pages use only defined ones', () => {
  expect(Object.keys(zhCN).sort()).toEqual(Object.keys(en).sort());
  const dir = fileURLToPath(new URL('.', import.meta.url));
  const used = readdirSync(dir).filter((f) => f.endsWith('.tsx')).flatMap((f) => [...readFileSync(`${dir}/${f}`, 'utf8').matchAll(/t\('campaigns\.([a-zA-Z]+)'/g)].map((m) => m[1]));
  expect(used.length).toBeGreaterThan(20);
  expect(used.filter((k) => k === undefined || !Object.hasOwn(en, k))).toEqual([]);
});
