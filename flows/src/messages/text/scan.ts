/**
 * The scan text: a copy of the message with the same length (so every index is a span into the original) in which
 * full-width ASCII is folded to ASCII and reserved parts (keywords, URLs, dates, idioms …) can be blanked out so a
 * later pass never reads their digits as quantities.
 */
import type { TSpan } from '../finding.ts';

/** Stands in for blanked characters: a private-use code point no pattern matches. */
export const BLANK = '\uE000';

export function foldWidth(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0xff01 && code <= 0xff5e) out += String.fromCharCode(code - 0xfee0);
    else if (code === 0x3000) out += ' ';
    else out += text[i];
  }
  return out;
}

/** Returns the scan text with every span replaced by BLANK characters (same length). */
export function blank(scan: string, spans: ReadonlyArray<TSpan>): string {
  if (spans.length === 0) return scan;
  const chars = scan.split('');
  for (const [start, end] of spans) {
    for (let i = Math.max(0, start); i < Math.min(end, chars.length); i++) chars[i] = BLANK;
  }
  return chars.join('');
}

/** All matches of a global regex as spans with their groups. */
export function matchAll(re: RegExp, text: string): Array<{ span: TSpan; m: RegExpExecArray }> {
  const flags = re.flags.includes('g') ? re.flags : `${re.flags}g`;
  const g = new RegExp(re.source, flags);
  const out: Array<{ span: TSpan; m: RegExpExecArray }> = [];
  for (let m = g.exec(text); m !== null; m = g.exec(text)) {
    if (m[0].length === 0) { g.lastIndex++; continue; }
    out.push({ span: [m.index, m.index + m[0].length], m });
  }
  return out;
}

export function overlaps(a: TSpan, b: TSpan): boolean {
  return a[0] < b[1] && b[0] < a[1];
}

/**
 * Which characters are already claimed by an earlier match, so later patterns skip overlapping ones in linear time
 * (a 100 KB text of placeholders must not make overlap checks quadratic).
 */
export class SpanSet {
  private readonly taken: Uint8Array;

  constructor(length: number) {
    this.taken = new Uint8Array(length + 1);
  }

  overlaps(span: TSpan): boolean {
    for (let i = Math.max(0, span[0]); i < span[1] && i < this.taken.length; i++) if (this.taken[i] === 1) return true;
    return false;
  }

  add(span: TSpan): void {
    this.taken.fill(1, Math.max(0, span[0]), Math.min(span[1], this.taken.length));
  }
}

/** Literal occurrences of any of `words`, longest first, never overlapping each other. */
export function findWords(text: string, words: ReadonlyArray<string>): Array<{ span: TSpan; word: string }> {
  const sorted = [...new Set(words)].filter((w) => w.length > 0).sort((a, b) => b.length - a.length);
  const hits: Array<{ span: TSpan; word: string }> = [];
  const taken = new SpanSet(text.length);
  const lower = text.toLowerCase();
  for (const word of sorted) {
    const needle = word.toLowerCase();
    for (let i = lower.indexOf(needle); i !== -1; i = lower.indexOf(needle, i + needle.length)) {
      const span: TSpan = [i, i + needle.length];
      if (taken.overlaps(span)) continue;
      taken.add(span);
      hits.push({ span, word });
    }
  }
  return hits.sort((a, b) => a.span[0] - b.span[0]);
}

export function escapeRegex(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
