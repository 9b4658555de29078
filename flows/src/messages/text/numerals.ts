/** Chinese numerals: 一二两三…十 十二 二十 百 千 万 (and 〇/零), as written in SMS texts. */

export const CN_DIGITS: Readonly<Record<string, number>> = {
  零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
};
const CN_UNITS: Readonly<Record<string, number>> = { 十: 10, 百: 100, 千: 1000 };

export const CN_NUMERAL_CLASS = '[零〇一二两三四五六七八九十百千万]';

/** Parses 十二 → 12, 二十 → 20, 一百二十 → 120, 两万 → 20000, 二〇二六 → 2026; null when it is not a number. */
export function parseChineseNumber(s: string): number | null {
  if (s.length === 0) return null;
  // Digit-by-digit numbers are years and codes (二〇二六); two digits in a row (一二) are no number.
  if (/^[零〇一二三四五六七八九]{3,}$/.test(s) || /^[一二三四五六七八九][零〇]$/.test(s)) {
    return Number([...s].map((c) => CN_DIGITS[c]).join(''));
  }
  let total = 0;
  let section = 0;
  let digit: number | null = null;
  for (const c of s) {
    const d = CN_DIGITS[c];
    if (d !== undefined) {
      if (digit !== null && d !== 0) return null; // two digits in a row without a unit (一二) is no number
      digit = d;
      continue;
    }
    if (c === '万') {
      if (digit === null && section === 0) return null; // a bare 万 (万一, 万事) is not a number
      total += (section + (digit ?? 0)) * 10000;
      section = 0;
      digit = null;
      continue;
    }
    const unit = CN_UNITS[c];
    if (unit === undefined) return null;
    section += (digit ?? 1) * unit;
    digit = null;
  }
  return total + section + (digit ?? 0);
}
