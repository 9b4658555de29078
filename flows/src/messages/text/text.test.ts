import { describe, expect, it } from 'vitest';
import { DEFAULT_PROFILES } from '../profiles/defaults.ts';
import { parseChineseNumber } from './numerals.ts';
import { countSegments } from './segments.ts';

describe('parseChineseNumber', () => {
  it.each([['一', 1], ['两', 2], ['十', 10], ['十二', 12], ['二十', 20], ['二十五', 25], ['一百二十', 120], ['百', 100],
    ['两万', 20000], ['二〇二六', 2026], ['三十', 30], ['十五', 15]])('%s = %d', (s, n) => {
    expect(parseChineseNumber(s)).toBe(n);
  });
  it.each(['万一', '一二', '', '万'])('%s is not a number', (s) => {
    expect(parseChineseNumber(s)).toBeNull();
  });
});

describe('countSegments', () => {
  const cn = DEFAULT_PROFILES.cn_sms_marketing;
  const intl = DEFAULT_PROFILES.intl_sms;
  it('bills CN texts: ≤ 70 one segment, then ceil(n / 67), every character 1 (emoji too)', () => {
    expect(countSegments('字'.repeat(70), cn).segments).toBe(1);
    expect(countSegments('字'.repeat(71), cn).segments).toBe(2);
    expect(countSegments('字'.repeat(134), cn).segments).toBe(2);
    expect(countSegments('字'.repeat(135), cn).segments).toBe(3);
    expect(countSegments('😀'.repeat(70), cn)).toMatchObject({ chars: 70, segments: 1 });
  });
  it('bills GSM-7 160 / 153 with extension characters counting 2', () => {
    expect(countSegments('a'.repeat(160), intl)).toMatchObject({ encoding: 'gsm7', segments: 1 });
    expect(countSegments('a'.repeat(161), intl)).toMatchObject({ encoding: 'gsm7', segments: 2 });
    expect(countSegments(`${'a'.repeat(158)}€`, intl)).toMatchObject({ units: 160, segments: 1 });
    expect(countSegments(`${'a'.repeat(159)}€`, intl)).toMatchObject({ units: 161, segments: 2 });
    expect(countSegments('a'.repeat(306), intl).segments).toBe(2);
    expect(countSegments('a'.repeat(307), intl).segments).toBe(3);
  });
  it('falls back to UCS-2 70 / 67 on a non-GSM character', () => {
    expect(countSegments(`${'a'.repeat(69)}’`, intl)).toMatchObject({ encoding: 'ucs2', segments: 1 });
    expect(countSegments(`${'a'.repeat(70)}’`, intl)).toMatchObject({ encoding: 'ucs2', segments: 2 });
  });
});
