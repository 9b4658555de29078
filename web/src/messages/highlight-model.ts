/**
 * Turns a check report and the text's claims into what the highlighted view draws: marks (a claim or a finding
 * with a span) and the text cut into pieces at every mark boundary, each piece carrying its innermost mark.
 * Pure, so it is unit-tested without a browser.
 */
import type { TClaim, TFinding } from '@switchboard/flows';

/** Colour of a mark: the claim matches the offer, contradicts it (or breaks a rule), maps to nothing, or warns. */
export type TMarkTone = 'match' | 'error' | 'warning' | 'unmapped';

export type TMark = {
  id: string;
  span: [number, number];
  tone: TMarkTone;
  /** The offer field a claim was matched with (`benefits[0].amount`). */
  field: string | null;
  expected?: string | undefined;
  found?: string | undefined;
  hint?: string | undefined;
  /** Indices into the report's findings that this mark shows. */
  findings: number[];
  rules: string[];
};

export type TPiece = { start: number; end: number; mark: TMark | null };

function toneOf(claim: TClaim, findings: TFinding[]): TMarkTone {
  if (findings.some((f) => f.severity === 'error')) return 'error';
  if (findings.some((f) => f.severity === 'warning')) return 'warning';
  if (claim.status === 'match') return 'match';
  return claim.status === 'unmapped' ? 'unmapped' : 'error';
}

const sameSpan = (a: readonly [number, number], b: readonly [number, number]) => a[0] === b[0] && a[1] === b[1];

/** One mark per claim (with the findings on its span) and one per remaining finding that has a span. */
export function buildMarks(claims: TClaim[], findings: TFinding[], textLength: number): TMark[] {
  const used = new Set<number>();
  const marks: TMark[] = claims.map((claim, i) => {
    const own = findings.flatMap((f, fi) => (f.span && sameSpan(f.span, claim.span) ? [fi] : []));
    own.forEach((fi) => used.add(fi));
    const ownFindings = own.flatMap((fi) => findings[fi] ?? []);
    const first = ownFindings[0];
    return {
      id: `c${i}`, span: [claim.span[0], claim.span[1]], tone: toneOf(claim, ownFindings), field: claim.field,
      expected: first?.expected ?? claim.expected, found: first?.found ?? claim.found,
      hint: first?.hint ?? claim.hint, findings: own,
      rules: [...new Set([...ownFindings.map((f) => f.rule), ...(claim.rule ? [claim.rule] : [])])],
    };
  });
  findings.forEach((f, fi) => {
    if (used.has(fi) || !f.span) return;
    const start = Math.max(0, Math.min(f.span[0], textLength));
    const end = Math.max(start, Math.min(f.span[1], textLength));
    if (end === start) return;
    marks.push({
      id: `f${fi}`, span: [start, end], tone: f.severity === 'error' ? 'error' : 'warning', field: null,
      expected: f.expected, found: f.found, hint: f.hint, findings: [fi], rules: [f.rule],
    });
  });
  return marks;
}

/** Cuts the text at every mark boundary; where marks overlap, the shortest (most specific) one wins. */
export function cutPieces(textLength: number, marks: TMark[]): TPiece[] {
  const cuts = new Set<number>([0, textLength]);
  for (const m of marks) { cuts.add(m.span[0]); cuts.add(m.span[1]); }
  const points = [...cuts].filter((p) => p >= 0 && p <= textLength).sort((a, b) => a - b);
  const pieces: TPiece[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i] ?? 0;
    const end = points[i + 1] ?? start;
    if (end <= start) continue;
    let best: TMark | null = null;
    for (const m of marks) {
      if (m.span[0] <= start && m.span[1] >= end && (!best || m.span[1] - m.span[0] < best.span[1] - best.span[0])) best = m;
    }
    const prev = pieces[pieces.length - 1];
    if (prev && prev.mark === null && best === null) prev.end = end;
    else pieces.push({ start, end, mark: best });
  }
  return pieces;
}

/** The mark that shows a finding, for "click a finding, select its span". */
export function markForFinding(marks: TMark[], findingIndex: number): TMark | undefined {
  return marks.find((m) => m.findings.includes(findingIndex));
}
