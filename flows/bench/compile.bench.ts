/**
 * Compiler benchmark: generated flows of 100 / 1,000 / 5,000 nodes (tasks with expression inputs, decisions,
 * reviews, parallel branches with joins, variable reads), median compile time of each and the 5,000 : 1,000 ratio
 * (≈ 5 means linear growth). Target: 1,000 nodes under 50 ms. Figures are printed, never asserted.
 *   node --import tsx flows/bench/compile.bench.ts      (or `npm run bench -- compile`)
 */
import { pathToFileURL } from 'node:url';
import { compileFlow } from '../src/compiler/compile.ts';

/** A segment of 10 nodes: task → decision → (review | set) → parallel → two tasks → join → set. */
function segment(i: number, from: string) {
  const id = (name: string) => `s${i}_${name}`;
  const nodes = [
    { id: id('load'), kind: 'task', config: { activity: 'noop', input: { step: i, prev: `=vars.v${Math.max(0, i - 1)}` }, output: `v${i}` } },
    { id: id('check'), kind: 'decision', config: {} },
    { id: id('review'), kind: 'review', config: { title: `Step ${i}: {{vars.v${i}.step}}`, assignees: { groups: ['reviewers'] }, outcomes: ['approve', 'reject'], sla: { due: '24h', remindEvery: '=params.remind' }, output: `r${i}` } },
    { id: id('skip'), kind: 'set', config: { assign: { [`r${i}`]: null } } },
    { id: id('fork'), kind: 'parallel', config: {} },
    { id: id('left'), kind: 'task', config: { activity: 'noop', input: { side: 'left', review: `=vars.r${i}` } } },
    { id: id('right'), kind: 'task', config: { activity: 'http.request', input: { method: 'POST', url: 'https://example.com/hook', body: { step: `=vars.v${i}.step` } } } },
    { id: id('join'), kind: 'join', config: { mode: 'all' } },
    { id: id('mark'), kind: 'set', config: { assign: { [`done${i}`]: '=$now()' } } },
    { id: id('rejected'), kind: 'end', config: { outcome: 'rejected' } },
  ];
  const edges = [
    [from, id('load'), undefined, undefined], [id('load'), id('check')],
    [id('check'), id('review'), 'big', `=vars.v${i}.step > 5`], [id('check'), id('skip'), 'default'],
    [id('review'), id('fork'), 'approve'], [id('review'), id('rejected'), 'reject'], [id('skip'), id('fork')],
    [id('fork'), id('left')], [id('fork'), id('right')], [id('left'), id('join')], [id('right'), id('join')],
    [id('join'), id('mark')],
  ].map(([a, b, port, when], k) => ({ id: `s${i}_e${k}`, from: a, to: b, ...(port ? { port } : {}), ...(when ? { when } : {}) }));
  return { nodes, edges, last: id('mark') };
}

/** A valid flow of about `size` nodes. */
export function generateFlow(size: number): unknown {
  const nodes: unknown[] = [{ id: 'start', kind: 'start' }];
  const edges: unknown[] = [];
  let last = 'start';
  for (let i = 0; nodes.length + 10 < size; i += 1) {
    const s = segment(i, last);
    nodes.push(...s.nodes);
    edges.push(...s.edges);
    last = s.last;
  }
  nodes.push({ id: 'end', kind: 'end', config: { outcome: 'completed' } });
  edges.push({ id: 'e_end', from: last, to: 'end' });
  return { format: 'switchboard.flow/v1', key: `bench-${size}`, name: `Bench ${size}`, parameters: { remind: { default: '4h' } }, nodes, edges };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

function measure(size: number, runs: number): { ms: number; nodes: number; errors: number } {
  const doc = generateFlow(size);
  const first = compileFlow(doc);
  const times: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const started = performance.now();
    compileFlow(doc);
    times.push(performance.now() - started);
  }
  const nodes = typeof doc === 'object' && doc !== null && Array.isArray(Reflect.get(doc, 'nodes')) ? Reflect.get(doc, 'nodes').length : 0;
  return { ms: median(times), nodes, errors: first.diagnostics.filter((d) => d.severity === 'error').length };
}

/** Runs the benchmark and returns printable lines. */
export async function runCompileBench(): Promise<string[]> {
  const lines: string[] = [];
  const results = new Map<number, number>();
  for (const [size, runs] of [[100, 40], [1000, 15], [5000, 7]] as const) {
    const r = measure(size, runs);
    results.set(size, r.ms);
    lines.push(`compile ${String(r.nodes).padStart(5)} nodes: median ${r.ms.toFixed(2)} ms over ${runs} runs${r.errors ? ` (${r.errors} errors!)` : ''}`);
  }
  const ratio = (results.get(5000) ?? Number.NaN) / (results.get(1000) ?? Number.NaN);
  lines.push(`ratio 5000:1000 = ${ratio.toFixed(2)} (5.0 is linear); target 1000 nodes < 50 ms: ${(results.get(1000) ?? Infinity) < 50 ? 'met' : 'missed'}`);
  return lines;
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  for (const line of await runCompileBench()) console.log(line);
}
