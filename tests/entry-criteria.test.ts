// cdht/criteria: every bundled framework, plan and case file as data, from ESM and CJS; bundled
// parents resolve by id in loadPlan and in the CLI.
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { cases, collectiveFrameworks, frameworks, plans, policies, units } from '../src/criteria.js';
import { createEngine, loadPlan, safeLoadPlan } from '../src/index.js';
import { ROOT, requireBuild } from './fixtures/cli/run.js';

/** Every JSON file under criteria/, relative to the repository, sorted. */
function criteriaFiles(dir = join(ROOT, 'criteria')): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) return criteriaFiles(path);
      return name.endsWith('.json') ? [relative(ROOT, path).split('\\').join('/')] : [];
    });
}
const read = (file: string): unknown => JSON.parse(readFileSync(join(ROOT, file), 'utf8'));

describe('cdht/criteria', () => {
  it('holds every JSON file under criteria/, each exactly as on disk', () => {
    const all = criteriaFiles().sort();
    const held = [...frameworks, ...collectiveFrameworks, ...plans, ...cases, ...policies, ...units].map((f) => f.file);
    expect([...held].sort()).toEqual(all);
    for (const f of [...frameworks, ...collectiveFrameworks, ...plans, ...cases, ...policies, ...units])
      expect(f.json, f.file).toEqual(read(f.file));
    expect(plans.map((p) => p.file).sort()).toEqual(all.filter((f) => f.startsWith('criteria/plans/')));
    expect(cases.map((c) => c.file).sort()).toEqual(all.filter((f) => f.endsWith('.cases.json')));
    expect(policies.map((p) => p.file).sort()).toEqual(all.filter((f) => f.startsWith('criteria/policies/')));
    expect(units.map((u) => u.file).sort()).toEqual(all.filter((f) => f.startsWith('criteria/units/')));
  });

  it('names each file by id and version, as its JSON does', () => {
    for (const f of [...frameworks, ...collectiveFrameworks, ...plans, ...policies, ...units]) {
      const json = f.json as { id: string; version: string };
      expect([f.id, f.version], f.file).toEqual([json.id, json.version]);
    }
    for (const c of cases) expect(c.file).toBe(`criteria/${c.framework}/${c.version}.cases.json`);
  });

  it('loads into an engine as it is: engine.loadAll(frameworks)', () => {
    const engine = createEngine();
    const { frameworks: loaded, issues } = engine.loadAll(frameworks);
    expect(issues).toEqual([]);
    expect(loaded.map((f) => `${f.id}@${f.version}`).sort()).toEqual(
      frameworks.map((f) => `${f.id}@${f.version}`).sort(),
    );
    expect(engine.frameworkFor('cdht-household', '2025-12-31')?.version).toBe('2.0.0');
  });

  it('keeps the collective frameworks apart, each loading after the person frameworks', () => {
    // An app judging people alone never bundles the families', clans', communities' and units' criteria.
    expect(frameworks.every((f) => (f.json as { kind?: string }).kind !== 'collective')).toBe(true);
    expect(collectiveFrameworks.map((f) => f.id)).toEqual([
      'cong-dong-hoc-tap-thon',
      'cong-dong-hoc-tap-xa',
      'don-vi-hoc-tap-huyen',
      'don-vi-hoc-tap-tinh',
      'don-vi-hoc-tap-xa',
      'dong-ho-hoc-tap',
      'gia-dinh-hoc-tap',
    ]);
    const engine = createEngine();
    const { frameworks: loaded, issues } = engine.loadAll([...frameworks, ...collectiveFrameworks]);
    expect(issues).toEqual([]);
    expect(loaded.filter((f) => f.kind === 'collective')).toHaveLength(collectiveFrameworks.length);
  });

  it('is frozen data: an app cannot change the bundled criteria for the next one', () => {
    expect(Object.isFrozen(frameworks)).toBe(true);
    expect(Object.isFrozen(frameworks[0])).toBe(true);
    expect(Object.isFrozen(plans)).toBe(true);
    expect(Object.isFrozen(cases)).toBe(true);
  });
});

describe('cdht/criteria from the built package', () => {
  beforeAll(requireBuild);
  const count = `console.log(JSON.stringify([m.frameworks.length, m.plans.length, m.cases.length, m.frameworks[0].json.id]))`;

  it('imports from ESM and requires from CJS', () => {
    const expected = JSON.stringify([frameworks.length, plans.length, cases.length, frameworks[0]?.id]);
    const esm = spawnSync(
      process.execPath,
      ['--input-type=module', '-e', `const m = await import('cdht/criteria'); ${count}`],
      { cwd: ROOT, encoding: 'utf8' },
    );
    expect(esm.stderr).toBe('');
    expect(esm.stdout.trim()).toBe(expected);
    const cjs = spawnSync(process.execPath, ['-e', `const m = require('cdht/criteria'); ${count}`], {
      cwd: ROOT,
      encoding: 'utf8',
    });
    expect(cjs.stderr).toBe('');
    expect(cjs.stdout.trim()).toBe(expected);
  });
});

describe('loadPlan resolves bundled parents by id', () => {
  const konRay = read('criteria/plans/kon-ray-2022.json');

  it('loads the Kon Rẫy plan without the caller passing the national plan', () => {
    const plan = loadPlan(konRay);
    expect(plan.ref).toBe('kon-ray-2022@1.0.0');
    expect(plan.lineage).toEqual(['qd-677-2022@1.0.0']);
    // Inherited from the national plan: the titled-adults metric with its 2025 and 2030 targets.
    const national = loadPlan(read('criteria/plans/qd-677-2022.json'));
    expect(plan.metrics.map((m) => m.id)).toEqual(expect.arrayContaining(national.metrics.map((m) => m.id)));
  });

  it('prefers a parent the caller passes, and still reports a parent that exists nowhere', () => {
    // Kon Rẫy extends qd-677-2022@1.0.0 exactly: a caller's own 1.0.0 (here with one metric more) wins.
    const national = read('criteria/plans/qd-677-2022.json') as { metrics: { id: string }[] };
    const own = loadPlan({ ...national, metrics: [...national.metrics, { ...national.metrics[1], id: 'extra' }] });
    expect(loadPlan(konRay).metrics.map((m) => m.id)).not.toContain('extra');
    expect(loadPlan(konRay, { plans: [own] }).metrics.map((m) => m.id)).toContain('extra');
    expect(loadPlan(konRay, { plans: [] }).lineage).toEqual(['qd-677-2022@1.0.0']);
    const r = safeLoadPlan({ ...(konRay as object), extends: 'qd-999@^1.0.0' });
    expect(r.success ? [] : r.issues.map((i) => [i.code, i.path])).toEqual([['missing_parent', ['extends']]]);
  });
});
