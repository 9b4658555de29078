/**
 * Compiles the values inside one node (or edge): expressions, templates, mappings and durations, reporting
 * EXPR_SYNTAX and DURATION_INVALID and recording which `vars.x` each reads (for EXPR_UNKNOWN_VAR).
 */
import { parseDuration } from '../expr/duration.ts';
import { expressionSource, literalText, parseExpression } from '../expr/parse.ts';
import { readVarNames } from '../expr/reads.ts';
import { parseTemplate } from '../expr/template.ts';
import { joinPath } from '../format/path.ts';
import type { TDuration, TExpr, TValue } from '../plan/types.ts';
import type { DiagnosticSink, TWhere } from './diagnostics.ts';

/** A read of `vars.<name>` at a place in the document. */
export type TVarRead = { name: string; path: string; edgeId?: string | undefined };

/** A compiled Mapping and the JSON pointers (`#/a/0`) of its expression-valued fields. */
export type TCompiledMapping = { value: TValue; expressionPointers: string[] };

const shorten = (text: string): string => (text.length > 80 ? `${text.slice(0, 77)}...` : text);

export class ValueCompiler {
  readonly reads: TVarRead[] = [];

  constructor(private readonly sink: DiagnosticSink, private readonly where: TWhere) {}

  /** An expression-only field; the leading `=` is optional there. */
  expr(text: string, path: string): TExpr | undefined {
    const src = text.startsWith('=') ? text.slice(1) : text;
    return this.check(src, path) ? { expr: src } : undefined;
  }

  /** A template field (`{{ }}` segments), or a whole `=expression`. */
  template(text: string, path: string): TValue {
    const src = expressionSource(text);
    if (src !== null) return this.check(src, path) ? { t: 'expr', src } : { t: 'lit', v: text };
    const parsed = parseTemplate(literalText(text));
    if (!parsed.ok) {
      this.sink.add('EXPR_SYNTAX', `template "${shorten(text)}": ${parsed.message}`, { ...this.where, path });
      return { t: 'lit', v: text };
    }
    const segments = parsed.parts.flatMap((p) => (typeof p === 'string' ? [] : [p.src]));
    if (segments.length === 0) return { t: 'lit', v: literalText(text) };
    for (const segment of segments) this.recordReads(segment, path);
    return { t: 'tpl', parts: parsed.parts };
  }

  /** A field that yields a time: `=expression`, or a literal ISO time (kept as a JSONata string literal). */
  time(text: string, path: string): TExpr | undefined {
    if (!text.startsWith('=') && Number.isFinite(Date.parse(text))) return { expr: JSON.stringify(text) };
    return this.expr(text, path);
  }

  /** A duration field: literal (checked now) or `=expression`. */
  duration(text: string, path: string): TDuration | undefined {
    const src = expressionSource(text);
    if (src !== null) return this.check(src, path) ? { expr: src } : undefined;
    const ms = parseDuration(text);
    if (ms === null) {
      this.sink.add('DURATION_INVALID', `"${shorten(text)}" is not a duration (ISO-8601 like PT30M, or 90s, 30m, 24h, 3d)`, { ...this.where, path });
      return undefined;
    }
    return { ms };
  }

  /** A Mapping; subtrees without expressions collapse into one literal. Depth is bounded by the prescan. */
  mapping(raw: unknown, path: string): TCompiledMapping {
    const expressionPointers: string[] = [];
    const value = this.mappingAt(raw, path, '#', expressionPointers);
    return { value, expressionPointers };
  }

  private mappingAt(raw: unknown, path: string, pointer: string, pointers: string[]): TValue {
    if (typeof raw === 'string') {
      const src = expressionSource(raw);
      if (src === null) return { t: 'lit', v: literalText(raw) };
      pointers.push(pointer);
      return this.check(src, path) ? { t: 'expr', src } : { t: 'lit', v: raw };
    }
    if (Array.isArray(raw)) {
      const items = raw.map((item, i) => this.mappingAt(item, joinPath(path, i), `${pointer}/${i}`, pointers));
      return items.every((i) => i.t === 'lit') ? { t: 'lit', v: items.map((i) => (i.t === 'lit' ? i.v : null)) } : { t: 'arr', items };
    }
    if (typeof raw === 'object' && raw !== null) {
      const entries = Object.entries(raw).map(([key, item]): [string, TValue] =>
        [key, this.mappingAt(item, joinPath(path, key), `${pointer}/${escapePointer(key)}`, pointers)]);
      if (entries.every(([, v]) => v.t === 'lit')) {
        return { t: 'lit', v: Object.fromEntries(entries.map(([k, v]) => [k, v.t === 'lit' ? v.v : null])) };
      }
      return { t: 'obj', fields: Object.fromEntries(entries) };
    }
    return { t: 'lit', v: raw };
  }

  private check(src: string, path: string): boolean {
    const parsed = parseExpression(src);
    if (!parsed.ok) {
      this.sink.add('EXPR_SYNTAX', `expression "${shorten(src)}" does not parse: ${parsed.message}`, { ...this.where, path });
      return false;
    }
    this.recordReads(src, path);
    return true;
  }

  private recordReads(src: string, path: string): void {
    for (const name of readVarNames(src)) this.reads.push({ name, path, edgeId: this.where.edgeId });
  }
}

function escapePointer(key: string): string {
  return key.replaceAll('~', '~0').replaceAll('/', '~1');
}
