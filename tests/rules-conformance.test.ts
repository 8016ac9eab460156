import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import jsonLogic from 'json-logic-js';
import { describe, expect, it } from 'vitest';
import { compileRule } from '../src/rules/compile.js';

type Case = [rule: unknown, data: unknown, expected: unknown];

// A copy of https://jsonlogic.com/tests.json kept in the package (see tests/fixtures/jsonlogic/README.md).
const file = new URL('./fixtures/jsonlogic/tests.json', import.meta.url);
const text = readFileSync(file, 'utf8');
const entries = JSON.parse(text) as unknown[];
const cases = entries.filter((entry): entry is Case => Array.isArray(entry));

describe('official JsonLogic test suite', () => {
  it('has the cases, unchanged from the published suite', () => {
    expect(cases.length).toBeGreaterThan(250);
    expect(createHash('sha256').update(text).digest('hex')).toBe(
      '5c75736a7f57a18cd481665e2002c4c92395dea4073c1414cfbefb0c38b1a5e3',
    );
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
