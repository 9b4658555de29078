/**
 * Clause and sentence boundaries of the scan text. Claims are read in context: a duration belongs to the item of its
 * clause (or the clause before it), a basis word (每月, 一次性) to the amount it precedes.
 */
export type TClauses = {
  /** Index of the clause that contains each character (boundaries belong to the clause they end). */
  clauseOf: Int32Array;
  clauses: Array<{ start: number; end: number; sentence: number }>;
  sentences: Array<[number, number]>;
};

const CLAUSE_END = new Set(['，', ',', '、', '：', ':', '（', '）', '(', ')', '“', '”']);
const SENTENCE_END = new Set(['。', '！', '？', '!', '?', '；', ';', '\n', '\r']);

function isBoundary(scan: string, i: number): 'clause' | 'sentence' | null {
  const c = scan[i] ?? '';
  if (SENTENCE_END.has(c)) return 'sentence';
  if (CLAUSE_END.has(c)) return 'clause';
  if (c === '.') {
    // A dot between digits is a decimal point, not the end of a sentence (1.5GB).
    const before = scan[i - 1] ?? '';
    const after = scan[i + 1] ?? '';
    return /\d/.test(before) && /\d/.test(after) ? null : 'sentence';
  }
  return null;
}

export function splitClauses(scan: string): TClauses {
  const clauseOf = new Int32Array(scan.length);
  const clauses: TClauses['clauses'] = [];
  let start = 0;
  let sentence = 0;
  for (let i = 0; i < scan.length; i++) {
    clauseOf[i] = clauses.length;
    const kind = isBoundary(scan, i);
    if (kind === null) continue;
    clauses.push({ start, end: i + 1, sentence });
    start = i + 1;
    if (kind === 'sentence') sentence++;
  }
  if (start < scan.length || clauses.length === 0) clauses.push({ start, end: scan.length, sentence });
  const sentences: Array<[number, number]> = [];
  for (const cl of clauses) {
    const s = sentences[cl.sentence];
    if (s) s[1] = cl.end;
    else sentences[cl.sentence] = [cl.start, cl.end];
  }
  return { clauseOf, clauses, sentences };
}

/** The clause index that contains `index` (clamped into the text). */
export function clauseIndexAt(c: TClauses, index: number): number {
  if (c.clauseOf.length === 0) return 0;
  return c.clauseOf[Math.min(Math.max(index, 0), c.clauseOf.length - 1)] ?? 0;
}

/** Start and end of the sentence containing `index`. */
export function sentenceBounds(c: TClauses, index: number): [number, number] {
  const sentence = c.clauses[clauseIndexAt(c, index)]?.sentence ?? 0;
  const bounds = c.sentences[sentence];
  return bounds ? [bounds[0], bounds[1]] : [0, 0];
}
