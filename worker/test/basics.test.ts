import { eq } from 'drizzle-orm';
import { activityTypes, runEvents, runs } from '@switchboard/drizzle';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { endNode, expr, lit, obj, planOf, retry } from './plans.ts';
import { startTestEnv, type TTestEnv } from './env.ts';

let env: TTestEnv;
beforeAll(async () => {
  env = await startTestEnv('basics');
});
afterAll(async () => env?.stop());

describe('runFlow basics', () => {
  it('runs task → set → decision → end, with output vars, expressions and the run projection', async () => {
    const plan = planOf('basics-a', [
      { id: 'echo', kind: 'task', activity: 'noop', input: obj({ n: expr('input.n * 2') }), output: 'echo', retry, ports: { next: ['bump'] } },
      { id: 'bump', kind: 'set', assign: { total: expr('vars.echo.n + params.extra') }, ports: { next: ['big'] } },
      {
        id: 'big',
        kind: 'decision',
        branches: [
          { edgeId: 'e1', port: 'yes', when: { expr: 'vars.total > 10' }, to: 'high' },
          { edgeId: 'e2', port: 'default', when: null, to: 'low' },
        ],
        ports: { yes: ['high'], default: ['low'] },
      },
      endNode('high', obj({ level: lit('high'), total: expr('vars.total') })),
      endNode('low', obj({ level: lit('low'), total: expr('vars.total') })),
    ]);
    const handle = await env.start(plan, { n: 4 }, { extra: 3 });
    expect(await handle.result()).toEqual({ outcome: 'completed', result: { level: 'high', total: 11 } });
    const [row] = await env.db.select().from(runs).where(eq(runs.id, handle.workflowId));
    expect(row).toMatchObject({ status: 'completed', outcome: 'completed', flowKey: 'basics-a', planHash: 'hash-basics-a', position: [] });
    const events = await env.db.select().from(runEvents).where(eq(runEvents.runId, handle.workflowId));
    const left = events.filter((e) => e.type === 'node.left').map((e) => `${e.nodeId}:${e.port}`);
    expect(left).toEqual(expect.arrayContaining(['echo:next', 'bump:next', 'big:yes', 'high:completed']));
  });

  it('registers its activity catalog (types, JSON Schemas, task queue) in activity_types at start', async () => {
    const rows = await env.db.select().from(activityTypes);
    const deprovision = rows.find((r) => r.type === 'telecom.deprovisionLine');
    expect(deprovision).toMatchObject({ category: 'telecom', taskQueue: env.taskQueue, inputSchema: { type: 'object', required: ['lineId'] } });
    expect(rows.map((r) => r.type)).toEqual(expect.arrayContaining(['http.request', 'noop', 'complaint.classify', 'telecom.findCustomerByIdNumber']));
  });

  it('http.request calls an HTTP endpoint and returns status, headers and the parsed JSON body', async () => {
    const plan = planOf('basics-http', [
      { id: 'call', kind: 'task', activity: 'http.request', input: obj({ method: lit('GET'), url: expr('input.url') }), output: 'res', retry, ports: { next: ['done'] } },
      endNode('done', obj({ status: expr('vars.res.status'), body: expr('vars.res.body') })),
    ]);
    expect(await env.run(plan, { url: `${env.telecom.url}/lines/BB-1002/arrears` })).toEqual({
      outcome: 'completed',
      result: { status: 200, body: { amountCny: 237.5, months: 3, paymentLink: 'https://pay.example.com/lines/BB-1002' } },
    });
  });
});
