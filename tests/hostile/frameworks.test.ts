/*
 * Hostile framework files (issue 11): rules nested deeper than any recursive pass can follow,
 * non-finite and absurd numbers, rule objects with two operators, duplicate keys, trailing content
 * and files nested beyond the reader's limit. Each case runs through the CLI (validate, lint, test,
 * evaluate) and the library (engine.load, safeLoad, loadAll) and must end with a clear answer:
 * a failure exit code, a message naming the problem and where, no stack trace, and
 * Object.prototype untouched.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { safeLoadPlan } from '../../src/aggregate/loadPlan.js';
import { createEngine } from '../../src/engine.js';
import { CdhtError, type Issue } from '../../src/errors/issue.js';
import { normalizeJson } from '../../src/framework/normalize.js';
import { lineColumn, scanJsonText } from '../../src/node/jsonScan.js';
import { readJsonFile } from '../../src/node/readJson.js';
import { CLI, cdht, ROOT, type Run, requireBuild } from '../fixtures/cli/run.js';

const BASIC = readFileSync(join(ROOT, 'tests/fixtures/frameworks/basic.json'), 'utf8');
/** The award of indicator A.2 in the fixture, the rule the cases below replace. */
const A2_AWARD = '"award": { "var": "reads" }';
const A2_PATH = '$.criteria[0].indicators[1].award';

/** The fixture text with one replacement, which must apply. */
function edit(from: string, to: string, text = BASIC): string {
  const out = text.replace(from, to);
  if (out === text) throw new Error(`fixture edit did not apply: ${from}`);
  return out;
}

/** A rule nested `levels` deep as text (JSON.stringify would itself overflow the stack). */
function deepRule(levels: number): string {
  return `${'{"and":['.repeat(levels)}true${']}'.repeat(levels)}`;
}

const root = mkdtempSync(join(tmpdir(), 'cdht-hostile-fw-'));
let folders = 0;

/**
 * A folder holding one framework file (`framework.json`), a case file for it and one record, so
 * that every command can be pointed at it.
 */
function folderWith(frameworkText: string): string {
  const dir = join(root, `case-${++folders}`);
  mkdirSync(dir);
  writeFileSync(join(dir, 'framework.json'), frameworkText);
  const record = { id: 'p1', period: '2024', data: { hours: 0, reads: false } };
  writeFileSync(
    join(dir, 'basic.cases.json'),
    JSON.stringify({
      framework: 'test-basic',
      cases: [{ description: 'no hours', evidence: record, expect: { titles: { learner: 'not-awarded' } } }],
    }),
  );
  writeFileSync(join(dir, 'records.ndjson'), `${JSON.stringify(record)}\n`);
  return dir;
}

/** Runs the built `cdht` without blocking, so the four commands of a case run side by side. */
function cdhtAsync(args: readonly string[], cwd: string): Promise<Run> {
  return new Promise((done) => {
    const child = spawn(process.execPath, [CLI, ...args], { cwd, env: { ...process.env, NO_COLOR: '1' } });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (c: string) => {
      stdout += c;
    });
    child.stderr.setEncoding('utf8').on('data', (c: string) => {
      stderr += c;
    });
    child.on('close', (code) => done({ code, stdout, stderr }));
  });
}

/** The four commands over a folder, with English messages. */
async function everyCommand(dir: string): Promise<Record<'validate' | 'lint' | 'test' | 'evaluate', Run>> {
  const common = ['--lang', 'en'];
  const [validate, lint, test, evaluate] = await Promise.all([
    cdhtAsync(['validate', ...common, 'framework.json'], dir),
    cdhtAsync(['lint', ...common, 'framework.json'], dir),
    cdhtAsync(['test', ...common, 'basic.cases.json'], dir),
    cdhtAsync(
      ['evaluate', ...common, '--criteria', 'framework.json', '--framework', 'test-basic', 'records.ndjson'],
      dir,
    ),
  ]);
  return { validate, lint, test, evaluate } as Record<'validate' | 'lint' | 'test' | 'evaluate', Run>;
}

/** CLI cases start four processes each; on a loaded machine that takes a while. */
const CLI_TIMEOUT = 300_000;

const STACK = /\n\s+at .+[:(]\d+:\d+\)?|RangeError|TypeError|SyntaxError|Maximum call stack/;

/** Every command failed (exit 1), named the problem and printed no stack trace. */
function expectClearFailure(runs: Record<string, Run>, named: RegExp): void {
  for (const [command, run] of Object.entries(runs)) {
    const output = `${run.stdout}\n${run.stderr}`;
    expect(output, command).not.toMatch(STACK);
    expect(run.code, `${command}: ${output.slice(0, 400)}`).toBe(1);
    expect(output, command).toMatch(named);
  }
}

/** What the library says about a framework value: load, safeLoad and loadAll agree, and never crash. */
function libraryIssues(json: unknown): Issue[] {
  const engine = createEngine();
  let thrown: unknown;
  try {
    engine.load(json);
  } catch (error) {
    thrown = error;
  }
  expect(thrown).toBeInstanceOf(CdhtError);
  const safe = engine.safeLoad(json);
  expect(safe.success).toBe(false);
  const all = engine.loadAll([{ file: 'f.json', json }]);
  expect(all.frameworks).toEqual([]);
  expect(all.issues.map((i) => i.code)).toEqual(safe.issues.map((i) => i.code));
  expect((thrown as CdhtError).issues.map((i) => i.code)).toEqual(safe.issues.map((i) => i.code));
  return [...safe.issues];
}

const prototypeBefore = Object.getOwnPropertyNames(Object.prototype).sort();
beforeAll(requireBuild);
afterAll(() => {
  expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(prototypeBefore);
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
});

describe('rules nested deeper than any recursive pass', () => {
  it.each([2_000, 100_000])(
    'a rule %i levels deep is rule_too_deep through every command',
    { timeout: CLI_TIMEOUT },
    async (levels) => {
      const text = edit(A2_AWARD, `"award": ${deepRule(levels)}`);
      const runs = await everyCommand(folderWith(text));
      expectClearFailure(runs, /rule_too_deep|json_too_deep/);
      expect(runs.validate.stdout).toContain('framework.json:$.criteria[0].indicators[1].award');
    },
  );

  it.each([65, 2_000, 100_000])('the library answers rule_too_deep for %i levels, with the path', (levels) => {
    const json = JSON.parse(edit(A2_AWARD, `"award": ${deepRule(levels)}`)) as unknown;
    const issues = libraryIssues(json);
    expect(issues.map((i) => i.code)).toEqual(['rule_too_deep']);
    const path = issues[0]?.path ?? [];
    expect(path.slice(0, 5)).toEqual(['criteria', 0, 'indicators', 1, 'award']);
    // The path stops where the limit is crossed, not at the bottom of the value.
    expect(path.length).toBeLessThan(200);
  });

  it('a framework nested 100,000 deep outside any rule is json_too_deep with a path', () => {
    const deepLabel = `${'{"x":'.repeat(100_000)}1${'}'.repeat(100_000)}`;
    const json = JSON.parse(
      edit('"label": { "vi": "Tự học", "en": "Self-learning" }', `"label": ${deepLabel}`),
    ) as unknown;
    const issues = libraryIssues(json);
    expect(issues.map((i) => i.code)).toEqual(['json_too_deep']);
    expect(issues[0]?.path.slice(0, 3)).toEqual(['criteria', 0, 'label']);
  });

  it('a plan metric rule nested 100,000 deep is rule_too_deep, and normalizeJson takes any depth', () => {
    const plan = JSON.parse(readFileSync(join(ROOT, 'criteria/plans/qd-677-2022.json'), 'utf8')) as {
      metrics: { counted: unknown }[];
    };
    const text = JSON.stringify(plan).replace('"counted":{"var":"titles.cdht"}', `"counted":${deepRule(100_000)}`);
    const result = safeLoadPlan(JSON.parse(text));
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(result.issues.map((i) => i.code)).toEqual(['rule_too_deep']);
    expect(result.issues[0]?.path.slice(0, 3)).toEqual(['metrics', 1, 'counted']);
    const deep = JSON.parse(`${'[{"a":'.repeat(100_000)}"y\u0301"${'}]'.repeat(100_000)}`) as unknown;
    let inner = normalizeJson(deep);
    for (let i = 0; i < 100_000; i++) inner = (inner as { a: unknown }[])[0]?.a;
    expect(inner).toBe('\u00fd');
  });
});

describe('numbers that are not numbers', () => {
  it('"points": 1e309 (Infinity) is an error with its path through every command', {
    timeout: CLI_TIMEOUT,
  }, async () => {
    const text = edit(
      '"points": 10, "award": { "assessed": "score" }',
      '"points": 1e309, "award": { "assessed": "score" }',
    );
    const runs = await everyCommand(folderWith(text));
    expectClearFailure(runs, /non_finite_number/);
    expect(runs.validate.stdout).toContain('framework.json:$.criteria[1].indicators[0].points: non_finite_number');
  });

  it('non-finite numbers anywhere (rules, evidence ranges, title thresholds) are errors with paths', () => {
    const text = edit(
      '"requirements": { "total": 25 }',
      '"requirements": { "total": -1e400 }',
      edit(
        A2_AWARD,
        '"award": { ">=": [{ "var": "hours" }, 1e309] }',
        edit('"min": 0, "max": 10', '"min": 0, "max": 1e999'),
      ),
    );
    const issues = libraryIssues(JSON.parse(text));
    expect(issues.map((i) => [i.code, i.path.join('.')])).toEqual([
      ['non_finite_number', 'evidence.score.max'],
      ['non_finite_number', 'criteria.0.indicators.1.award.>=.1'],
      ['non_finite_number', 'titles.1.requirements.total'],
    ]);
  });

  it.each([
    [
      'indicator points',
      '"points": 10, "award": { "assessed": "score" }',
      '"points": 1e300, "award": { "assessed": "score" }',
      'criteria.1.indicators.0.points',
    ],
    ['criterion max', '"max": 15,', '"max": 1e12,', 'criteria.0.max'],
    [
      'title total',
      '"requirements": { "total": 25 }',
      '"requirements": { "total": 5e20 }',
      'titles.1.requirements.total',
    ],
    ['evidence max', '"min": 0, "max": 10', '"min": 0, "max": 1e300', 'evidence.score.max'],
  ])('absurd %s is a schema error with its path', (_name, from, to, path) => {
    const issues = libraryIssues(JSON.parse(edit(from, to)));
    expect(issues.map((i) => [i.code, i.path.join('.')])).toContainEqual(['schema_violation', path]);
  });

  it('an absurd number gives exit 1 and the path in validate', { timeout: CLI_TIMEOUT }, () => {
    const text = edit(
      '"points": 10, "award": { "assessed": "score" }',
      '"points": 1e300, "award": { "assessed": "score" }',
    );
    const r = cdht(['validate', '--lang', 'en', 'framework.json'], folderWith(text));
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('framework.json:$.criteria[1].indicators[0].points: schema_violation must be <=');
  });
});

describe('rule objects with more than one operator', () => {
  it('{">=": …, "<=": …} is an error with its path through every command, not constant data', {
    timeout: CLI_TIMEOUT,
  }, async () => {
    const text = edit(A2_AWARD, '"award": { ">=": [{ "var": "hours" }, 10], "<=": [{ "var": "hours" }, 20] }');
    const runs = await everyCommand(folderWith(text));
    expectClearFailure(runs, /invalid_rule_object/);
    expect(runs.validate.stdout).toContain(`framework.json:${A2_PATH}: invalid_rule_object`);
  });

  it('objects with no key or several keys anywhere in a rule are errors with their paths', () => {
    const text = edit(A2_AWARD, '"award": { "and": [{ "var": "reads" }, {}, { "in": ["a", { "a": 1, "b": 2 }] }] }');
    const issues = libraryIssues(JSON.parse(text));
    expect(issues.map((i) => [i.code, i.path.join('.')])).toEqual([
      ['invalid_rule_object', 'criteria.0.indicators.1.award.and.1'],
      ['invalid_rule_object', 'criteria.0.indicators.1.award.and.2.in.1'],
    ]);
    expect(issues[1]?.message.en).toContain('"a", "b"');
  });
});

describe('framework files that JSON.parse reads wrongly or not at all', () => {
  it('duplicate keys name the file, the JSON path and both positions through every command', {
    timeout: CLI_TIMEOUT,
  }, async () => {
    const text = edit('"version": "1.0.0",', '"version": "1.0.0",\n  "version": "2.0.0",');
    const runs = await everyCommand(folderWith(text));
    expectClearFailure(runs, /duplicate_key/);
    expect(runs.validate.stdout).toMatch(/framework\.json:\$\.version: duplicate_key .*"version".*5:3.*4:3/);
  });

  it('a duplicate key inside a rule (which would silently keep the second operator) is caught', async () => {
    const dir = folderWith(edit(A2_AWARD, '"award": { "var": "reads", "var": "hours" }'));
    await expect(readJsonFile(join(dir, 'framework.json'))).rejects.toMatchObject({
      issues: [{ code: 'duplicate_key', path: ['criteria', 0, 'indicators', 1, 'award', 'var'] }],
    });
  });

  it('keys equal once NFC-normalised are duplicates too', async () => {
    const decomposed = 'y\u0301';
    const dir = folderWith(edit('"evidence": {', `"evidence": {\n    "${decomposed}": 1, "\u00fd": 2,`));
    await expect(readJsonFile(join(dir, 'framework.json'))).rejects.toMatchObject({
      issues: [{ code: 'duplicate_key', path: ['evidence', '\u00fd'] }],
    });
  });

  it('trailing content after the value is an error with its line and column', { timeout: CLI_TIMEOUT }, () => {
    const r = cdht(['validate', '--lang', 'en', 'framework.json'], folderWith(`${BASIC}\n{"id": "second"}\n`));
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/framework\.json:\$: invalid_json invalid JSON \(\d+:1\)/);
    expect(`${r.stdout}${r.stderr}`).not.toMatch(STACK);
  });

  it('a file nested beyond the reader limit is refused with its position, before any other pass', async () => {
    const dir = folderWith(edit(A2_AWARD, `"award": ${deepRule(100_000)}`));
    let error: unknown;
    try {
      await readJsonFile(join(dir, 'framework.json'));
    } catch (e) {
      error = e;
    }
    // The reader's limit is far above any real file; this one is refused there, with where.
    expect(error).toBeInstanceOf(CdhtError);
    const issue = (error as CdhtError).issues[0];
    expect(issue.code).toBe('json_too_deep');
    expect(issue.file).toBe(join(dir, 'framework.json'));
    expect(issue.message.en).toMatch(/more than 1,000 levels deep \(beyond the limit at \d+:\d+\)/);
  });

  it('keeps reading UTF-8 with a BOM and refuses other encodings', async () => {
    const dir = folderWith(`\uFEFF${BASIC}`);
    await expect(readJsonFile(join(dir, 'framework.json'))).resolves.toMatchObject({ id: 'test-basic' });
    writeFileSync(join(dir, 'latin1.json'), Buffer.from([0x7b, 0x22, 0xe9, 0x22, 0x3a, 0x31, 0x7d]));
    await expect(readJsonFile(join(dir, 'latin1.json'))).rejects.toMatchObject({ code: 'invalid_json' });
  });
});

describe('scanJsonText (the strict reader after JSON.parse)', () => {
  it('compares keys after unescaping, per object, and reports the path of the second one', () => {
    expect(scanJsonText('{"a": 1, "\\u0061": 2}', 10)).toEqual({
      kind: 'duplicate_key',
      path: ['a'],
      key: 'a',
      at: 9,
      first: 1,
    });
    // The same key in sibling objects, and strings holding brackets, quotes and commas, are fine.
    expect(scanJsonText('[{"a": "}{,\\"["}, {"a": [1, {"b": 2}]}]', 10)).toBeUndefined();
    expect(scanJsonText('[{"a": 1}, {"x": [0, {"b": 1, "c": {"b": 2}, "b": 3}]}]', 10)).toMatchObject({
      kind: 'duplicate_key',
      path: [1, 'x', 1, 'b'],
    });
    // Values are not keys: a string value equal to a key is no duplicate.
    expect(scanJsonText('{"a": "a", "b": "a"}', 10)).toBeUndefined();
  });

  it('counts nesting of arrays and objects and says where the limit is crossed', () => {
    expect(scanJsonText('[[[1]]]', 3)).toBeUndefined();
    expect(scanJsonText('[[[[1]]]]', 3)).toEqual({ kind: 'too_deep', path: [0, 0, 0], at: 3 });
    expect(scanJsonText('{"a": [{"b": {}}]}', 3)).toEqual({ kind: 'too_deep', path: ['a', 0, 'b'], at: 13 });
  });

  it('gives line and column from 1', () => {
    expect(lineColumn('ab\ncd\n', 0)).toEqual({ line: 1, column: 1 });
    expect(lineColumn('ab\ncd\n', 4)).toEqual({ line: 2, column: 2 });
    expect(lineColumn('ab\ncd\n', 6)).toEqual({ line: 3, column: 1 });
  });
});
