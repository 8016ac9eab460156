import { readFileSync } from 'node:fs';
import jsonLogic from 'json-logic-js';
import { describe, expect, it } from 'vitest';
import { compileRule } from '../src/rules/compile.js';

type Case = [rule: unknown, data: unknown, expected: unknown];

const file = new URL('../../shared/conformance/jsonlogic-tests.json', import.meta.url);
const entries = JSON.parse(readFileSync(file, 'utf8')) as unknown[];
const cases = entries.filter((entry): entry is Case => Array.isArray(entry));

describe('official JsonLogic test suite', () => {
  it('has the cases', () => {
    expect(cases.length).toBeGreaterThan(250);
  });

  it.each(cases.map((c, i) => [i, JSON.stringify(c[0]), c] as const))(
    'case %i: %s',
    (_i, _text, [rule, data, expected]) => {
      const compiled = compileRule(rule);
      expect(compiled(data)).toEqual(expected);
      // The same closure evaluated twice gives the same result (constants are shared, not mutated).
      expect(compiled(data)).toEqual(expected);
      // And the reference agrees, so the suite file is what we think it is.
      expect(jsonLogic.apply(rule as jsonLogic.RulesLogic, data)).toEqual(expected);
    },
  );
});
