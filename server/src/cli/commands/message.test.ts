import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';

const run = promisify(execFile);
const BIN = fileURLToPath(new URL('../../../bin/switchboard.mjs', import.meta.url));
const EXAMPLES = fileURLToPath(new URL('../../../../flows/fixtures/messages/spec-examples.json', import.meta.url));

const ZExample = z.object({ id: z.string(), offer: z.record(z.string(), z.unknown()), text: z.string(), expected_findings: z.array(z.string()) });
const ZOutput = z.object({
  findings: z.array(z.object({
    rule: z.string(), severity: z.enum(['error', 'warning']), message: z.string(),
    span: z.tuple([z.number(), z.number()]).optional(), expected: z.string().optional(), found: z.string().optional(),
  }).strict()),
  ruleSetVersion: z.string(),
  profile: z.object({ id: z.string(), version: z.string() }),
});

type TResult = { code: number; stdout: string; stderr: string };

async function cli(...args: string[]): Promise<TResult> {
  try {
    const { stdout, stderr } = await run(process.execPath, [BIN, 'message', ...args], { encoding: 'utf8' });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = z.object({ code: z.number(), stdout: z.string(), stderr: z.string() }).parse(error);
    return e;
  }
}

let dir = '';
const file = (name: string): string => join(dir, name);

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'sb-message-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('switchboard message check', () => {
  it('reproduces every labelled example with the exit code its findings imply', async () => {
    const examples = z.array(ZExample).parse(JSON.parse(await readFile(EXAMPLES, 'utf8')));
    const results: string[] = [];
    for (let i = 0; i < examples.length; i += 2) {
      const batch = examples.slice(i, i + 2);
      const outs = await Promise.all(batch.map(async (e) => {
        await writeFile(file(`${e.id}.json`), JSON.stringify({ offer: e.offer, text: e.text }));
        return { e, r: await cli('check', file(`${e.id}.json`), '--json') };
      }));
      for (const { e, r } of outs) {
        const out = ZOutput.parse(JSON.parse(r.stdout));
        const rules = [...new Set(out.findings.map((f) => f.rule))].sort();
        const hasError = out.findings.some((f) => f.severity === 'error');
        results.push(`${e.id} ${rules.join(',')} exit ${r.code}`);
        expect(rules, e.id).toEqual([...e.expected_findings].sort());
        expect(r.code, e.id).toBe(hasError ? 1 : 0);
      }
    }
    expect(results).toHaveLength(14);
  });

  it('prints a readable report without --json', async () => {
    const examples = z.array(ZExample).parse(JSON.parse(await readFile(EXAMPLES, 'utf8')));
    const ex = examples.find((e) => e.id === 'EX-06');
    await writeFile(file('human.json'), JSON.stringify({ offer: ex?.offer, text: ex?.text, now: '2026-04-01T00:00:00Z' }));
    const r = await cli('check', file('human.json'));
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/error\s+OFFER-001/);
    expect(r.stdout).toContain('fix:');
  });

  it('exits 2 naming the wrong field, a missing file or invalid JSON', async () => {
    const examples = z.array(ZExample).parse(JSON.parse(await readFile(EXAMPLES, 'utf8')));
    const offer = JSON.parse(JSON.stringify(examples[0]?.offer));
    offer.campaign.send_window.tz = 'Nowhere/City';
    await writeFile(file('bad-offer.json'), JSON.stringify({ offer, text: 'x' }));
    await writeFile(file('bad-json.json'), '{ "offer": ');
    await writeFile(file('no-text.json'), JSON.stringify({ offer: examples[0]?.offer }));
    const [badOffer, badJson, missing, noText, usage] = await Promise.all([
      cli('check', file('bad-offer.json')), cli('check', file('bad-json.json')), cli('check', file('nope.json')),
      cli('check', file('no-text.json')), cli('check'),
    ]);
    expect(badOffer).toMatchObject({ code: 2 });
    expect(badOffer.stderr).toContain('offer.campaign.send_window.tz');
    expect(badJson.code).toBe(2);
    expect(badJson.stderr).toContain('not valid JSON');
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('no such file');
    expect(noText.code).toBe(2);
    expect(noText.stderr).toContain('text');
    expect(usage.code).toBe(2);
  });
});
