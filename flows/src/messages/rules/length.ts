/** Billed segments (LEN-001), hard length (LEN-002), forced UCS-2 (ENC-001), garbling characters (CHAR-001). */
import { finding, type TFinding } from '../finding.ts';
import { countSegments, isGsmChar } from '../text/segments.ts';
import type { TRuleContext } from './context.ts';

export function checkLength({ text, offer, profile, billedTexts }: TRuleContext): TFinding[] {
  const out: TFinding[] = [];
  const max = offer.campaign.max_segments;
  const longest = billedTexts.reduce((a, b) => (Array.from(b).length > Array.from(a).length ? b : a), text);
  const count = countSegments(longest, profile);
  if (count.segments > max) {
    out.push(finding('LEN-001', profile, {
      expected: `≤ ${max} segment${max === 1 ? '' : 's'}`, found: `${count.segments} segments (${count.units} ${count.encoding === 'gsm7' ? 'septets' : 'characters'})`,
      message: `the text bills ${count.segments} segments (${count.units} units, ${count.encoding}: ${count.singleLimit} in one, ${count.perSegment} per part) but the campaign allows ${max}`,
      hint: `shorten the text to ${max === 1 ? count.singleLimit : max * count.perSegment} units or fewer`,
    }));
  }
  const chars = Array.from(longest).length;
  if (chars > profile.maxLength) {
    out.push(finding('LEN-002', profile, {
      expected: `≤ ${profile.maxLength} characters`, found: `${chars} characters`,
      message: `the text has ${chars} characters, more than the ${profile.maxLength} allowed`,
      hint: 'split the content or move details behind the link',
    }));
  }
  return out;
}

export function checkEncoding({ text, profile }: TRuleContext): TFinding[] {
  if (profile.encoding !== 'gsm') return [];
  let index = 0;
  for (const ch of text) {
    if (!isGsmChar(ch)) {
      return [finding('ENC-001', profile, {
        span: [index, index + ch.length], found: ch,
        message: `"${ch}" is not in the GSM-7 alphabet and forces UCS-2 (70 characters per SMS instead of 160)`,
        hint: 'replace it with a GSM-7 character, or accept the shorter segments',
      })];
    }
    index += ch.length;
  }
  return [];
}

const PICTOGRAPHIC = /\p{Extended_Pictographic}/u;
// Control characters except tab, newline and carriage return; zero-width and bidi controls garble on handsets too.
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u200B-\u200F\u202A-\u202E\u2060-\u2064\uFEFF\uFFFD]/u;

export function checkCharacters({ text, profile }: TRuleContext): TFinding[] {
  const listed = new Set(profile.words.garbledChars);
  const out: TFinding[] = [];
  let index = 0;
  for (const ch of text) {
    const bad = listed.has(ch) || PICTOGRAPHIC.test(ch) || CONTROL.test(ch) || (ch >= '\uFE00' && ch <= '\uFE0F');
    if (bad && out.length < 50) {
      const shown = CONTROL.test(ch) ? `U+${(ch.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}` : ch;
      out.push(finding('CHAR-001', profile, {
        span: [index, index + ch.length], found: shown,
        message: `"${shown}" is rejected or garbled by SMS platforms`,
        hint: 'remove it or write it out in words (元 instead of ¥)',
      }));
    }
    index += ch.length;
  }
  return out;
}
