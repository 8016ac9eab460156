import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { createEngine, type Engine } from '../src/engine.js';
import { formatIssues } from '../src/errors/issue.js';
import { runCases } from '../src/evaluate/cases.js';
import { parseCaseFile } from '../src/format/cases.js';
import type { Framework } from '../src/format/framework.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const FOLDERS = ['criteria', 'examples/kon-ray/criteria'];

function walk(dir: string): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const path = join(dir, name);
      return statSync(path).isDirectory() ? walk(path) : [path];
    });
}
const all = FOLDERS.flatMap((f) => walk(join(ROOT, f))).map((p) => relative(ROOT, p).replaceAll('\\', '/'));
/** Framework files are named by their version; plans and case files are not frameworks. */
const frameworkFiles = all.filter((p) => /\/[a-z0-9-]+\/\d+\.\d+\.\d+\.json$/.test(p));
const caseFiles = all.filter((p) => p.endsWith('.cases.json'));
const raw = (file: string): string => readFileSync(join(ROOT, file), 'utf8');
const json = (file: string): Record<string, unknown> => JSON.parse(raw(file)) as Record<string, unknown>;

const IDS = ['TC1.1', 'TC1.2', 'TC1.3', 'TC1.4', 'TC2.1', 'TC2.2', 'TC2.3', 'TC2.4', 'TC3.1', 'TC3.2'];
const GROUPS = {
  resident: [1, 2],
  household: [1, 2],
  clan: [1, 2],
  community: [1, 2],
  official: [1, 2],
  worker: [1, 2],
  learner: [2],
};
/** The collective frameworks (families, clans, communities, units), each at 1.0.0. */
const COLLECTIVES = [
  'cong-dong-hoc-tap-thon',
  'cong-dong-hoc-tap-xa',
  'don-vi-hoc-tap-huyen',
  'don-vi-hoc-tap-tinh',
  'don-vi-hoc-tap-xa',
  'dong-ho-hoc-tap',
  'gia-dinh-hoc-tap',
];
const isCollective = (file: string): boolean =>
  json(file).kind === 'collective' || COLLECTIVES.some((id) => file.includes(`/${id}/`));

let engine: Engine;
let loaded: { frameworks: Framework[]; issues: unknown[] };
beforeAll(() => {
  engine = createEngine();
  loaded = engine.loadAll(frameworkFiles.map((file) => ({ file, json: json(file) })));
});
const fw = (id: string, version: string): Framework => {
  const f = engine.get(id, version);
  if (!f) throw new Error(`${id}@${version} not loaded`);
  return f;
};

describe('bundled criteria files', () => {
  it('finds the national frameworks and the Kon Rẫy example', () => {
    const expected = [
      'criteria/cdht/1.0.0.json',
      'criteria/cdht/2.0.0.json',
      'examples/kon-ray/criteria/cdht-kon-ray/2.0.0.json',
    ];
    for (const [group, versions] of Object.entries(GROUPS)) {
      for (const v of versions) expected.push(`criteria/cdht-${group}/${v}.0.0.json`);
    }
    for (const id of COLLECTIVES) expected.push(`criteria/${id}/1.0.0.json`);
    expect([...frameworkFiles].sort()).toEqual(expected.sort());
  });

  it('every framework loads without a problem', () => {
    expect(formatIssues(loaded.issues as never, 'en')).toBe('');
    expect(loaded.frameworks.map((f) => `${f.id}@${f.version}`).sort()).toEqual(
      frameworkFiles.map((p) => p.replace(/^.*\/([a-z0-9-]+)\/(\d+\.\d+\.\d+)\.json$/, '$1@$2')).sort(),
    );
  });

  it('group frameworks share the base through extends: only cdht files list criteria', () => {
    for (const file of frameworkFiles.filter((f) => !isCollective(f))) {
      const data = json(file);
      if (data.id === 'cdht') {
        expect(data.criteria, file).toBeDefined();
        expect(data.extends, file).toBeUndefined();
      } else {
        expect(data.criteria, file).toBeUndefined();
        expect(data.extends, file).toMatch(/^cdht(-[a-z]+)?@\^\d+\.0\.0$/);
      }
    }
  });

  it('Vietnamese text is NFC', () => {
    for (const file of [...frameworkFiles, ...caseFiles])
      expect(raw(file) === raw(file).normalize('NFC'), file).toBe(true);
  });
});

describe('the verified structure', () => {
  it.each(['1.0.0', '2.0.0'])(
    'cdht %s: 3 criteria, 10 indicators × 10 points, 80 and no indicator below 5',
    (version) => {
      const f = fw('cdht', version);
      expect(f.criteria.map((c) => [c.id, c.max, c.indicators.length])).toEqual([
        ['TC1', 40, 4],
        ['TC2', 40, 4],
        ['TC3', 20, 2],
      ]);
      const indicators = f.criteria.flatMap((c) => c.indicators);
      expect(indicators.map((i) => i.id)).toEqual(IDS);
      expect(indicators.reduce((sum, i) => sum + i.points, 0)).toBe(100);
      for (const i of indicators) {
        const field = `tc${i.id.slice(2).replace('.', '_')}`;
        expect(i.award).toEqual({ assessed: field });
        expect(i.evidence).toEqual([field]);
        expect(f.evidence[field]).toMatchObject({ type: 'assessment', min: 0, max: 10 });
        expect(i.proof?.length).toBeGreaterThan(0);
      }
      expect(f.titles).toHaveLength(1);
      expect(f.titles[0]).toMatchObject({
        id: 'cdht',
        label: { vi: 'Công dân học tập', en: 'Learning Citizen' },
        requirements: { total: 80, eachIndicator: 5 },
      });
      expect(f.derived.digitalSkill?.values).toEqual(['none', 'basic', 'proficient']);
    },
  );

  it('records the source and effective dates of each version', () => {
    expect(fw('cdht', '1.0.0').source).toMatchObject({ document: '244/QĐ-KHVN', date: '2022-07-28' });
    expect(fw('cdht', '1.0.0').effective).toEqual({ from: '2022-07-28', until: '2023-10-24' });
    expect(fw('cdht', '2.0.0').source).toMatchObject({ document: '324/QĐ-KHVN', date: '2023-10-25' });
    expect(fw('cdht', '2.0.0').effective.from).toBe('2023-10-25');
  });

  it('the registry picks the version in force by date', () => {
    expect(engine.frameworkFor('cdht', '2022-07-27')).toBeUndefined();
    expect(engine.frameworkFor('cdht', '2022-07-28')?.version).toBe('1.0.0');
    expect(engine.frameworkFor('cdht', '2023-10-24')?.version).toBe('1.0.0');
    expect(engine.frameworkFor('cdht', '2023-10-25')?.version).toBe('2.0.0');
    expect(engine.frameworkFor('cdht-household', '2023-10-24')?.version).toBe('1.0.0');
    expect(engine.frameworkFor('cdht-household', '2030-12-31')?.version).toBe('2.0.0');
    // Pupils, students and learners have a form only since 324/QĐ-KHVN.
    expect(engine.frameworkFor('cdht-learner', '2023-10-24')).toBeUndefined();
    expect(engine.frameworkFor('cdht-learner', '2023-10-25')?.version).toBe('2.0.0');
  });

  it.each(Object.entries(GROUPS).flatMap(([g, vs]) => vs.map((v) => [g, `${v}.0.0`] as const)))(
    'cdht-%s %s inherits the base indicators, scoring and title, with its own group and wording',
    (group, version) => {
      const base = fw('cdht', version);
      const f = fw(`cdht-${group}`, version);
      expect(f.group).toBe(group);
      expect(f.lineage).toContain(`cdht@${version}`);
      const mine = f.criteria.flatMap((c) => c.indicators);
      const theirs = base.criteria.flatMap((c) => c.indicators);
      expect(mine.map((i) => [i.id, i.points, i.award])).toEqual(theirs.map((i) => [i.id, i.points, i.award]));
      expect(f.titles).toEqual(base.titles);
      expect(f.source?.document).toBe(base.source?.document);
      expect(f.effective).toEqual(base.effective);
      const reworded = mine.filter((i, k) => JSON.stringify(i) !== JSON.stringify(theirs[k]));
      expect(reworded.length).toBeGreaterThan(0);
    },
  );
});

describe('unverified wording is flagged, never presented as official', () => {
  it('every official framework marks its indicators unverified and says so in its notes', () => {
    for (const f of loaded.frameworks.filter((x) => x.id !== 'cdht-kon-ray' && x.kind === 'individual')) {
      expect(f.verification?.status, f.id).toBe('partial');
      for (const i of f.criteria.flatMap((c) => c.indicators)) expect(i.verified, `${f.id} ${i.id}`).toBe(false);
      const notes = (f.verification?.notes ?? []).map((n) => `${n.vi} ${n.en}`).join('\n');
      expect(notes).toContain('CHƯA KIỂM CHỨNG');
      expect(notes).toContain('NOT VERIFIED');
    }
  });

  it('every collective framework states its verification, per target and in its notes', () => {
    const collectives = loaded.frameworks.filter((x) => x.kind === 'collective');
    expect(collectives.map((f) => f.id).sort()).toEqual(COLLECTIVES);
    for (const f of collectives) {
      expect(['partial', 'unverified'], f.id).toContain(f.verification?.status);
      // Each target says whether its wording is the official one.
      for (const i of f.criteria.flatMap((c) => c.indicators))
        expect(typeof i.verified, `${f.id} ${i.id}`).toBe('boolean');
      const notes = (f.verification?.notes ?? []).map((n) => `${n.vi} ${n.en}`).join('\n');
      expect(notes, f.id).toContain('CHƯA KIỂM CHỨNG');
      expect(notes, f.id).toContain('NOT VERIFIED');
      if (f.verification?.status === 'unverified') {
        expect(f.title.vi, f.id).toContain('CHƯA KIỂM CHỨNG');
        expect(f.title.en, f.id).toContain('NOT VERIFIED');
      }
      expect(f.source?.document, f.id).toMatch(/^(24\/2023\/TT-BGDĐT|25\/2023\/TT-BGDĐT|448\/QĐ-KHVN)$/);
    }
  });

  it('the Kon Rẫy framework is marked as an example and extends the national household one', () => {
    const f = fw('cdht-kon-ray', '2.0.0');
    expect(f.verification?.status).toBe('example');
    expect(f.title.vi).toContain('VÍ DỤ minh hoạ, không phải văn bản chính thức');
    expect(f.title.en).toContain('ILLUSTRATIVE EXAMPLE');
    // cdht-household is now an alias of the official residents' form, which extends the base.
    expect(f.lineage).toEqual(['cdht-household@2.0.0', 'cdht-resident@2.0.0', 'cdht@2.0.0']);
    expect(Object.keys(f.evidence)).not.toContain('tc1_3');
    expect(Object.keys(f.derived).sort()).toEqual(['digitalSkill', 'learningHours']);
  });
});

describe('criteria test cases', () => {
  it('there is a case file for every framework version', () => {
    expect(caseFiles.map((p) => p.replace('.cases.json', '.json')).sort()).toEqual([...frameworkFiles].sort());
  });

  it.each(caseFiles)('%s passes', (file) => {
    const { caseFile, issues } = parseCaseFile(json(file), file);
    expect(issues).toEqual([]);
    if (!caseFile) return;
    expect(file).toContain(`/${caseFile.framework}/`);
    const result = runCases(engine, caseFile);
    expect(result.failed).toEqual([]);
    expect(result.passed).toBe(caseFile.cases.length);
    const statuses = new Set(Object.values(result.coverage.indicatorStatuses).flat());
    if (isCollective(file)) {
      // A collective's cases reach every decision of its lowest level, and targets met, unmet and
      // undetermined (missing); only a framework scored in points can be partly met.
      const f = engine.frameworkFor(caseFile.framework, '2025-12-31') as Framework;
      const lowest = f.collective?.levels?.[0] ?? f.titles[0]?.id ?? '';
      expect(result.coverage.titleDecisions[lowest], file).toEqual(['awarded', 'not-awarded', 'undetermined']);
      for (const status of ['met', 'missing', 'unmet'])
        expect(statuses.has(status as never), `${file} ${status}`).toBe(true);
      return;
    }
    // Every decision and every indicator status the framework can produce is exercised.
    expect(result.coverage.titleDecisions.cdht).toEqual(['awarded', 'not-awarded', 'undetermined']);
    expect([...statuses].sort()).toEqual(['met', 'missing', 'partial', 'unmet']);
  });
});
