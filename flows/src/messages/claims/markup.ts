/**
 * The non-numeric parts of a message that later passes must not read as quantities: the leading signature, other
 * 【】, template placeholders, URLs, opt-out and activation instructions (keywords such as BL30, YY6 contain digits),
 * and personal contact details.
 */
import type { TSpan } from '../finding.ts';
import type { TChannelProfile } from '../profiles/schema.ts';
import { matchAll, SpanSet } from '../text/scan.ts';

export type TSignature = { span: TSpan; name: string };
export type TPlaceholder = { span: TSpan; raw: string; name: string; syntax: 'mustache' | 'dollar' | 'index' | 'hash' | 'printf' | 'brace' };
export type TUrl = { span: TSpan; raw: string; scheme: string | null; host: string };
export type TOptOut = { span: TSpan; phrase: string };
export type TReply = { span: TSpan; keyword: string; instruction: TSpan };
export type TPii = { span: TSpan; kind: 'mobile' | 'wechat' | 'qq'; raw: string };

export type TMarkup = {
  signature: TSignature | null;
  /** Bracketed names after the leading signature (SIG-002) or anywhere when there is no leading one. */
  otherBrackets: TSignature[];
  placeholders: TPlaceholder[];
  urls: TUrl[];
  optOuts: TOptOut[];
  replies: TReply[];
  pii: TPii[];
};

const PLACEHOLDERS: Array<[TPlaceholder['syntax'], RegExp]> = [
  ['mustache', /\{\{\s*([^{}]{0,64}?)\s*\}\}/],
  ['dollar', /\$\{\s*([^{}]{0,64}?)\s*\}/],
  ['index', /\{(\d{1,3})\}/],
  ['brace', /\{([A-Za-z_][\w.]{0,63})\}/],
  ['hash', /#([A-Za-z_\u4e00-\u9fff][\w\u4e00-\u9fff.]{0,31})#/u],
  ['printf', /%(?:\d+\$)?[sdif]|%\{\w+\}/],
];

export function findPlaceholders(text: string): TPlaceholder[] {
  const out: TPlaceholder[] = [];
  const taken = new SpanSet(text.length);
  for (const [syntax, re] of PLACEHOLDERS) {
    for (const { span, m } of matchAll(re, text)) {
      if (taken.overlaps(span)) continue;
      taken.add(span);
      out.push({ span, raw: m[0], name: (m[1] ?? m[0]).trim(), syntax });
    }
  }
  return out.sort((a, b) => a.span[0] - b.span[0]);
}

// Linear scanning: a run of URL characters first, then its host, so "a.a.a.a…" can never backtrack.
const URL_RUN = /[A-Za-z0-9][\w\-./?%&=~+#:@!$'*,;]*/;
const URL_HEAD = /^(?:(https?):\/\/)?([A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)/i;
const TLDS = /\.(com|cn|net|org|io|ly|me|co|gd|so|im|cc|top|xyz|info|biz|gl|at|nu|app|site|link|vip|shop|club|hk|tw|uk|us|de|jp|gov|edu|mobi|tv|in|sg|my)$/i;

export function findUrls(scan: string): TUrl[] {
  const out: TUrl[] = [];
  for (const run of matchAll(URL_RUN, scan)) {
    const scheme = run.m[0].search(/https?:\/\//i);
    const start = run.span[0] + Math.max(0, scheme);
    const token = scan.slice(start, run.span[1]);
    const head = URL_HEAD.exec(token);
    if (!head) continue;
    const host = (head[2] ?? '').toLowerCase();
    const hasScheme = head[1] !== undefined;
    // Without a scheme only well-known endings count, so "1.5GB" or "v2.0" are never URLs; e-mail domains neither.
    if (!hasScheme && (!TLDS.test(host) || /^\d/.test(host) || token.slice(head[0].length).startsWith('@'))) continue;
    let end = run.span[1];
    while (end > start && /[.,;:!?'*]/.test(scan[end - 1] ?? '')) end--;
    if (token.includes('@') && !hasScheme) continue;
    out.push({ span: [start, end], raw: scan.slice(start, end), scheme: head[1] ?? null, host });
  }
  return out;
}

export function findOptOuts(scan: string, profile: TChannelProfile): TOptOut[] {
  const out: TOptOut[] = [];
  const taken = new SpanSet(scan.length);
  for (const source of profile.optOut.patterns) {
    for (const { span, m } of matchAll(new RegExp(source, 'iu'), scan)) {
      if (taken.overlaps(span)) continue;
      taken.add(span);
      out.push({ span, phrase: m[0] });
    }
  }
  return out.sort((a, b) => a.span[0] - b.span[0]);
}

const REPLY_RE = /(?<![A-Za-z])(回复|回|发送|编辑短信|编辑|短信|reply|text|txt|send)(?:字母|数字|代码|指令|关键字|关键词)?\s*[:：]?\s*[“"'‘「『]?([A-Za-z0-9]{1,12})(?![A-Za-z0-9])[”"'’」』]?/i;

/** Activation instructions "回复KT", "发送BL30到10086", "Reply KT" — opt-outs are excluded by the caller's spans. */
export function findReplies(scan: string, exclude: ReadonlyArray<TSpan>): TReply[] {
  const out: TReply[] = [];
  const excluded = new SpanSet(scan.length);
  for (const s of exclude) excluded.add(s);
  for (const { span, m } of matchAll(REPLY_RE, scan)) {
    if (excluded.overlaps(span)) continue;
    const keyword = m[2] ?? '';
    // Long all-digit tokens after 发送/到 are service numbers (10086), not keywords.
    if (/^\d{4,}$/.test(keyword)) continue;
    const verb = m[1] ?? '';
    if (/^[a-z]+$/i.test(verb) && !/^[A-Z0-9]+$/.test(keyword)) continue; // "reply to us" is prose, not a keyword
    const start = span[0] + m[0].indexOf(keyword, verb.length);
    out.push({ span: [start, start + keyword.length], keyword, instruction: span });
  }
  return out;
}

const PII_RES: Array<[TPii['kind'], RegExp]> = [
  ['mobile', /(?<![\d])(?:\+?86[-\s]?)?1[3-9]\d[-\s]?\d{4}[-\s]?\d{4}(?!\d)/],
  // intl_sms audiences: mobile ranges of the national numbering plans (UK 07…, FR 06/07…, DE 015-017…); landlines
  // and service numbers stay out, as they are no personal contact.
  ['mobile', /(?<![\d+])(?:\+44\s?|0)7\d{3}\s?\d{6}(?!\d)|(?<![\d+])(?:\+33\s?|0)[67](?:[\s.]?\d{2}){4}(?!\d)|(?<![\d+])(?:\+49\s?|0)1[5-7]\d{1,2}[\s/]?\d{6,8}(?!\d)/],
  ['wechat', /(?:微信号?|威信|weixin|wechat|vx|wx)\s*[:：]?\s*[A-Za-z][-_A-Za-z0-9]{5,19}/i],
  ['qq', /(?:QQ|扣扣)\s*(?:号|群)?\s*[:：]?\s*[1-9]\d{4,10}/i],
];

export function findPii(scan: string): TPii[] {
  const out: TPii[] = [];
  const taken = new SpanSet(scan.length);
  for (const [kind, re] of PII_RES) {
    for (const { span, m } of matchAll(re, scan)) {
      if (taken.overlaps(span)) continue;
      taken.add(span);
      out.push({ span, kind, raw: m[0] });
    }
  }
  return out.sort((a, b) => a.span[0] - b.span[0]);
}

/** The leading 【signature】 (after leading whitespace) and every other bracketed name. */
export function findSignatures(text: string, profile: TChannelProfile): Pick<TMarkup, 'signature' | 'otherBrackets'> {
  const all: Array<TSignature & { leading: boolean }> = [];
  const lead = text.length - text.trimStart().length;
  for (const [open, close] of profile.signatureBrackets) {
    let j = -1;
    for (let i = text.indexOf(open); i !== -1; i = text.indexOf(open, i + 1)) {
      if (j < i + open.length) j = text.indexOf(close, i + open.length);
      if (j === -1) break; // no closing bracket after this one, so none after any later one either
      if (j - i > 40) continue;
      const name = text.slice(i + open.length, j);
      if (open === '[' && !/\S/.test(name)) continue;
      all.push({ span: [i, j + close.length], name, leading: i === lead });
    }
  }
  const leading = all.find((s) => s.leading) ?? null;
  const signature = leading ? { span: leading.span, name: leading.name } : null;
  // Only the channel's first bracket pair (【】) marks a second signature; "[note]" in English prose is no signature.
  const [open] = profile.signatureBrackets[0] ?? ['【'];
  const otherBrackets = all.filter((s) => s !== leading && text.startsWith(open, s.span[0])).map((s) => ({ span: s.span, name: s.name }))
    .sort((a, b) => a.span[0] - b.span[0]);
  return { signature, otherBrackets };
}
