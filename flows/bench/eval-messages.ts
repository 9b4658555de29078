/**
 * `npm run eval:messages`: per-rule precision and recall, blocking accuracy and timing of the message rules over the
 * spec's labelled examples and our fixture set (flows/fixtures/messages/*.json). Prints figures; never fails.
 */
import { readdir, readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { checkMessage, parseOffer, RULE_IDS, RULE_SEVERITY, type TRuleId } from '../src/messages/index.ts';
import { predictedRules, ZLabelledCase, type TLabelledCase } from '../src/messages/labelled-case.ts';

const FIXTURES = fileURLToPath(new URL('../fixtures/messages/', import.meta.url));

type TFileCase = TLabelledCase & { file: string };

export async function loadLabelledCases(): Promise<TFileCase[]> {
  const files = (await readdir(FIXTURES)).filter((f) => f.endsWith('.json')).sort();
  const out: TFileCase[] = [];
  for (const file of files) {
    const cases = z.array(ZLabelledCase).parse(JSON.parse(await readFile(`${FIXTURES}${file}`, 'utf8')));
    out.push(...cases.map((c) => ({ ...c, file })));
  }
  return out;
}

function isErrorRule(rule: string): boolean {
  return RULE_IDS.some((id) => id === rule && RULE_SEVERITY[id] === 'error');
}

function pct(n: number, d: number): string {
  return d === 0 ? '   —' : `${(n / d).toFixed(2)}`;
}

export async function runMessageEval(): Promise<string[]> {
  const cases = await loadLabelledCases();
  const tally = new Map<string, { tp: number; fp: number; fn: number }>(RULE_IDS.map((id) => [id, { tp: 0, fp: 0, fn: 0 }]));
  const misses: string[] = [];
  let blockingRight = 0;
  for (const c of cases) {
    const got = predictedRules(c);
    const want = [...new Set(c.expected_findings)].sort();
    for (const rule of new Set([...got, ...want])) {
      const t = tally.get(rule) ?? { tp: 0, fp: 0, fn: 0 };
      if (got.includes(rule) && want.includes(rule)) t.tp++;
      else if (got.includes(rule)) t.fp++;
      else t.fn++;
      tally.set(rule, t);
    }
    // Blocking uses the rule's base severity, as the labels do not name the profile's strictness.
    if (got.some(isErrorRule) === want.some(isErrorRule)) blockingRight++;
    if (got.join() !== want.join()) misses.push(`  ${c.id} (${c.file}): expected [${want.join(', ')}] got [${got.join(', ')}]`);
  }
  const lines = [`message rules: ${cases.length} labelled cases (spec examples + fixtures)`, '  rule       sev      P     R    tp  fp  fn'];
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const [rule, t] of tally) {
    tp += t.tp; fp += t.fp; fn += t.fn;
    if (t.tp + t.fp + t.fn === 0) continue;
    const sev = RULE_IDS.find((id) => id === rule);
    lines.push(`  ${rule.padEnd(10)} ${(sev ? RULE_SEVERITY[sev as TRuleId] : '?').padEnd(7)} ${pct(t.tp, t.tp + t.fp)}  ${pct(t.tp, t.tp + t.fn)}  ${String(t.tp).padStart(3)} ${String(t.fp).padStart(3)} ${String(t.fn).padStart(3)}`);
  }
  lines.push(`  overall precision ${pct(tp, tp + fp)}, recall ${pct(tp, tp + fn)}; blocking accuracy ${pct(blockingRight, cases.length)} (${blockingRight}/${cases.length})`);
  lines.push(...(misses.length > 0 ? ['  cases that differ:', ...misses] : ['  every case reproduces its labels exactly']));
  lines.push(timing500(cases));
  return lines;
}

/** Median time to validate a 500-character text (the spec's budget is 5 ms). */
function timing500(cases: TFileCase[]): string {
  const seed = cases.find((c) => c.id === 'EX-01') ?? cases[0];
  if (!seed) return '  timing: no cases';
  const offer = parseOffer(seed.offer);
  let text = seed.text;
  while (text.length < 500) text += seed.text.slice(6);
  text = text.slice(0, 500);
  for (let i = 0; i < 20; i++) checkMessage({ text, offer });
  const runs: number[] = [];
  for (let i = 0; i < 200; i++) {
    const t0 = performance.now();
    checkMessage({ text, offer });
    runs.push(performance.now() - t0);
  }
  runs.sort((a, b) => a - b);
  const at = (q: number): string => (runs[Math.floor(q * (runs.length - 1))] ?? 0).toFixed(2);
  return `  validation of a 500-character text: median ${at(0.5)} ms, p95 ${at(0.95)} ms (budget 5 ms)`;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  for (const line of await runMessageEval()) process.stdout.write(`${line}\n`);
}
