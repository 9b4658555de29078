import { describe, expect, it } from 'vitest';
import blind from '../../fixtures/messages/blind.json' with { type: 'json' };
import content from '../../fixtures/messages/content.json' with { type: 'json' };
import format from '../../fixtures/messages/format.json' with { type: 'json' };
import intl from '../../fixtures/messages/intl.json' with { type: 'json' };
import length from '../../fixtures/messages/length.json' with { type: 'json' };
import notify from '../../fixtures/messages/notify.json' with { type: 'json' };
import offer from '../../fixtures/messages/offer.json' with { type: 'json' };
import offer2 from '../../fixtures/messages/offer2.json' with { type: 'json' };
import examples from '../../fixtures/messages/spec-examples.json' with { type: 'json' };
import template from '../../fixtures/messages/template.json' with { type: 'json' };
import time from '../../fixtures/messages/time.json' with { type: 'json' };
import { predictedRules, ZLabelledCase } from './labelled-case.ts';
import { RULE_IDS, RULE_SEVERITY } from './rules/catalog.ts';

// blind: labelled by an independent tester from the spec alone, before reading the engine.
const sets = { examples, format, length, intl, template, time, offer, offer2, notify, content, blind };
const all = Object.entries(sets).flatMap(([set, cases]) => ZLabelledCase.array().parse(cases).map((c) => ({ ...c, set })));

describe('labelled message cases', () => {
  it('has the 14 spec examples and a larger fixture set', () => {
    expect(all.filter((c) => c.set === 'examples')).toHaveLength(14);
    expect(all.filter((c) => c.set !== 'examples').length).toBeGreaterThanOrEqual(60);
  });

  it.each(all.map((c) => [`${c.set} ${c.id}`, c] as const))('%s reproduces its labelled rules', (_name, c) => {
    expect(predictedRules(c)).toEqual([...new Set(c.expected_findings)].sort());
  });

  it('covers every rule of the table with a positive case and has clean near misses', () => {
    const labelled = new Set(all.flatMap((c) => c.expected_findings));
    expect(RULE_IDS.filter((id) => !labelled.has(id))).toEqual([]);
    expect(all.filter((c) => c.set !== 'examples' && c.expected_findings.length === 0).length).toBeGreaterThanOrEqual(20);
  });

  it('reaches recall 1.00 on error rules and precision ≥ 0.95 overall', () => {
    let tp = 0;
    let fp = 0;
    const missedErrors: string[] = [];
    for (const c of all) {
      const got = predictedRules(c);
      for (const r of got) {
        if (c.expected_findings.includes(r)) tp++;
        else fp++;
      }
      for (const r of c.expected_findings) {
        const id = RULE_IDS.find((x) => x === r);
        if (id && RULE_SEVERITY[id] === 'error' && !got.includes(r)) missedErrors.push(`${c.id}:${r}`);
      }
    }
    expect(missedErrors).toEqual([]);
    expect(tp / (tp + fp)).toBeGreaterThanOrEqual(0.95);
  });
});
