import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { cdht, ROOT, requireBuild } from './fixtures/cli/run.js';

/*
 * docs/authoring.md (issue 17) promises a worked example that passes `cdht validate`, `lint` and
 * `test`, and quotes the exact messages of common mistakes. These tests run the real CLI on the
 * real example and on broken copies of it, and hold every quoted line to what the CLI prints.
 */
beforeAll(requireBuild);

const EXAMPLE = join(ROOT, 'examples', 'district-framework');
const ID = 'cdht-huyen-kon-ray';
const GUIDE = readFileSync(join(ROOT, 'docs', 'authoring.md'), 'utf8');
type Json = Record<string, unknown>;
const readJson = (path: string): Json => JSON.parse(readFileSync(path, 'utf8')) as Json;

/** Whether `part` is contained in `whole`: objects by their keys, arrays element by element in any order. */
function within(part: unknown, whole: unknown): boolean {
  if (Array.isArray(part)) return Array.isArray(whole) && part.every((p) => whole.some((w) => within(p, w)));
  if (typeof part === 'object' && part !== null)
    return (
      typeof whole === 'object' &&
      whole !== null &&
      !Array.isArray(whole) &&
      Object.entries(part).every(([k, v]) => Object.hasOwn(whole, k) && within(v, (whole as Json)[k]))
    );
  return part === whole;
}

describe('the guide’s worked example (examples/district-framework)', () => {
  it('passes cdht validate, lint and test with the output the guide shows', () => {
    const runs: [string[], string[]][] = [
      [['validate', ID], ['Đã kiểm tra 3 tệp: 0 lỗi, 0 cảnh báo.']],
      [
        ['lint', ID],
        [
          'cdht-huyen-kon-ray/1.0.0.json:$.extends: scale_changed cảnh báo: điểm tối đa đổi từ 100 (cdht-household@2.0.0) thành 110: ngưỡng tính theo điểm tuyệt đối của các danh hiệu đổi tỷ lệ; dùng totalShare nếu muốn giữ tỷ lệ',
          'cdht-huyen-kon-ray/1.1.0.json:$.overrides.titles.cdht.requirements: scale_changed cảnh báo: danh hiệu "cdht" cần 90/110 điểm (81,8%) thay vì 88/110 điểm (80%) như cdht-huyen-kon-ray@1.0.0: tỷ lệ người đạt sẽ thay đổi',
          'Đã phân tích 3 tệp: 2 phát hiện.',
        ],
      ],
      [
        ['test', ID],
        [`${ID}/1.0.0.cases.json: 6/6 ca đạt`, '6 ca đạt, 0 ca không đạt.'],
      ],
    ];
    for (const [args, lines] of runs) {
      const r = cdht(args, EXAMPLE);
      // lint's two scale warnings are the example's intent; any finding makes lint exit 1.
      expect(r.code, `${args.join(' ')}\n${r.stdout}${r.stderr}`).toBe(args[0] === 'lint' ? 1 : 0);
      for (const line of lines) {
        expect(`${r.stdout}\n${r.stderr}`).toContain(line);
        expect(GUIDE).toContain(`${line}\n`);
      }
    }
  });

  it('cdht diff says in words what the guide says changed from the national framework', () => {
    const r = cdht(['diff', 'cdht-household@2.0.0', `${ID}@1.0.0`, '--criteria', ID], EXAMPLE);
    expect(r.code).toBe(0);
    const block = GUIDE.slice(GUIDE.indexOf('cdht-household@2.0.0 → cdht-huyen-kon-ray@1.0.0: 14 thay đổi'));
    const quoted = block.slice(0, block.indexOf('```')).trim().split('\n');
    expect(quoted.length).toBe(11);
    for (const line of quoted) expect(r.stdout.split('\n')).toContain(line);
    const later = cdht(['diff', `${ID}@1.0.0`, `${ID}@1.1.0`, '--criteria', ID], EXAMPLE);
    expect(later.stdout).toContain('- Danh hiệu “Công dân học tập”: tổng điểm tối thiểu đổi từ 88 thành 90');
    expect(later.stdout).toContain(
      '- Ngưỡng danh hiệu “Công dân học tập” 88/110 → 90/110 (80% → 81,8%), cao hơn theo tỷ lệ',
    );
  });

  it('the hover text the guide quotes for addIndicators is the committed schema’s description', () => {
    const schema = readJson(join(ROOT, 'schema', 'framework.schema.json'));
    const framework = (schema.$defs as Json).Framework as { properties: Record<string, Json> };
    const hover = framework.properties.addIndicators?.description as string;
    expect(hover.length).toBeGreaterThan(20);
    expect(GUIDE.replace(/\s+/g, ' ')).toContain(`“${hover}”`);
  });

  it('every JSON excerpt in the guide is taken from the example files', () => {
    const dir = join(EXAMPLE, ID);
    const sources = [
      readJson(join(dir, '1.0.0.json')),
      readJson(join(dir, '1.1.0.json')),
      ...(readJson(join(dir, '1.0.0.cases.json')).cases as Json[]),
    ];
    // Blocks marked `<!-- applied: … -->` are changes to the example, applied and run below.
    const blocks = [...GUIDE.matchAll(/(<!-- applied: \w+ -->\n)?```json\n([\s\S]*?)```/g)]
      .filter((m) => m[1] === undefined)
      .map((m) => (m[2] as string).trim());
    expect(blocks.length).toBe(7);
    for (const block of blocks) {
      const value = JSON.parse(block.startsWith('{') ? block : `{${block}}`) as Json;
      // The case excerpt elides the other scores with "…"; compare what it does show.
      const shown = JSON.parse(JSON.stringify(value), (k, v) => (k === '…' ? undefined : v)) as Json;
      expect(
        sources.some((s) => within(shown, s)),
        block.slice(0, 80),
      ).toBe(true);
    }
  });
});

/** The JSON block the guide marks `<!-- applied: name -->`, parsed. */
function applied(name: string): Json {
  const m = new RegExp(`<!-- applied: ${name} -->\n\`\`\`json\n([\\s\\S]*?)\`\`\``).exec(GUIDE);
  if (!m) throw new Error(`docs/authoring.md has no block marked applied: ${name}`);
  const block = (m[1] as string).trim();
  return JSON.parse(block.startsWith('"') ? `{${block}}` : block) as Json;
}

/** Merges the guide's `overrides` excerpt into a framework file's own. */
function withOverrides(framework: Json, excerpt: Json): void {
  const overrides = framework.overrides as Record<string, Json>;
  for (const [key, value] of Object.entries(excerpt.overrides as Record<string, Json>))
    overrides[key] = { ...overrides[key], ...value };
}

describe('the guide’s thresholds as a share and variants, applied to the example', () => {
  it('totalShare 0.8 keeps 88/110, the variant at 0.7 awards 86 in a difficult commune, and cdht diff says so', () => {
    const root = mkdtempSync(join(tmpdir(), 'cdht-guide-'));
    cpSync(join(EXAMPLE, ID), join(root, ID), { recursive: true });
    const dir = join(root, ID);
    const framework = readJson(join(dir, '1.0.0.json'));
    const cases = readJson(join(dir, '1.0.0.cases.json'));
    withOverrides(framework, applied('share'));
    withOverrides(framework, applied('variant'));
    const list = cases.cases as Json[];
    const kr = list.find((c) => (c.evidence as Json).id === 'kr-b') as Json;
    const guideCase = applied('case');
    // The guide elides the data with "…": it is case kr-b's (ten scores, 86 points).
    (guideCase.evidence as Json).data = (kr.evidence as Json).data;
    writeFileSync(join(dir, '1.0.0.json'), JSON.stringify(framework));
    // Without the unit's attributes, kr-b's 86 lies between 77 and 88: undetermined, as §12 quotes.
    writeFileSync(join(dir, '1.0.0.cases.json'), JSON.stringify({ ...cases, cases: [...list, guideCase] }));
    const unknown = cdht(['test', ID], root);
    expect(unknown.code).toBe(1);
    for (const line of [
      '      titles.cdht: expected "not-awarded", got "undetermined"',
      '      reasons.cdht: expected total_below_min among [variant_unknown]',
    ]) {
      expect(unknown.stdout.split('\n')).toContain(line);
      expect(GUIDE).toContain(`${line}\n`);
    }
    // With `"unitAttributes": {}` (known, no special area) every case passes, the guide's included.
    kr.unitAttributes = {};
    writeFileSync(join(dir, '1.0.0.cases.json'), JSON.stringify({ ...cases, cases: [...list, guideCase] }));
    expect(cdht(['validate', ID], root).code).toBe(0);
    const test = cdht(['test', ID], root);
    expect(test.code, test.stdout + test.stderr).toBe(0);
    expect(test.stdout).toContain(`${ID}/1.0.0.cases.json: 7/7 ca đạt`);
    const diff = cdht(['diff', 'cdht-household@2.0.0', `${ID}@1.0.0`, '--criteria', ID], root).stdout.split('\n');
    const quoted = (from: string) => {
      const block = GUIDE.slice(GUIDE.indexOf('```text\n', GUIDE.indexOf(from)) + 8);
      return block.slice(0, block.indexOf('```')).trim().split('\n');
    };
    const shareLines = quoted('<!-- applied: share -->');
    expect(shareLines).toHaveLength(4);
    const variantLines = quoted('Bật biến thể thì `cdht diff` ghi:');
    expect(variantLines).toHaveLength(1);
    for (const line of [...shareLines, ...variantLines]) expect(diff).toContain(line);
    const en = cdht(['diff', 'cdht-household@2.0.0', `${ID}@1.0.0`, '--criteria', ID, '--lang', 'en'], root).stdout;
    expect(en).toContain('- Threshold of title “Learning Citizen” 80/100 → 88/110 (80% → 80%), the same share');
    const prose = GUIDE.replace(/\n(> )?/g, ' ');
    expect(prose).toContain('“Threshold of title “Learning Citizen” 80/100 → 88/110 (80% → 80%), the same share”');
    expect(prose).toContain('“80/100 → 80/110 (80% → 72.7%), lower as a share”');
    // Left at 80 with a maximum of 110, the sentence the guide warns about.
    const loose = readJson(join(dir, '1.0.0.json'));
    (((loose.overrides as Json).titles as Json).cdht as Json).requirements = { total: 80, eachIndicator: 5 };
    writeFileSync(join(dir, '1.0.0.json'), JSON.stringify(loose));
    const looser = cdht(['diff', 'cdht-household@2.0.0', `${ID}@1.0.0`, '--criteria', ID], root).stdout;
    expect(looser).toContain(
      '- Ngưỡng danh hiệu “Công dân học tập” 80/100 → 80/110 (80% → 72,7%), thấp hơn theo tỷ lệ',
    );
    expect(prose).toContain('“80/100 → 80/110 (80% → 72,7%), thấp hơn theo tỷ lệ”');
    const looserEn = cdht(['diff', 'cdht-household@2.0.0', `${ID}@1.0.0`, '--criteria', ID, '--lang', 'en'], root);
    expect(looserEn.stdout).toContain(
      'Threshold of title “Learning Citizen” 80/100 → 80/110 (80% → 72.7%), lower as a share',
    );
  });
});

interface Mistake {
  readonly what: string;
  readonly command: 'validate' | 'lint' | 'test';
  readonly break: (framework: Json, cases: Json, dir: string) => void;
  readonly vi: string;
  readonly en?: string;
}

const add = (f: Json, i: number): Json => ((f.addIndicators as Json[])[i] as Json).indicator as Json;
const mistakes: readonly Mistake[] = [
  {
    what: 'a misspelt key',
    command: 'validate',
    break: (f) => {
      f.addIndicator = f.addIndicators;
      delete f.addIndicators;
    },
    vi: `${ID}/1.0.0.json:$.addIndicator: schema_violation trường không được phép "addIndicator" (có phải "addIndicators"?)`,
    en: `${ID}/1.0.0.json:$.addIndicator: schema_violation unknown property "addIndicator" (did you mean "addIndicators"?)`,
  },
  {
    what: 'an override of an id the parent lacks',
    command: 'validate',
    break: (f) => {
      const o = (f.overrides as Json).indicators as Json;
      o['TC1.5'] = o['TC1.3'];
      delete o['TC1.3'];
    },
    vi: `${ID}/1.0.0.json:$.overrides.indicators["TC1.5"]: unknown_reference không có "TC1.5" trong cdht-household@2.0.0`,
    en: `${ID}/1.0.0.json:$.overrides.indicators["TC1.5"]: unknown_reference "TC1.5" does not exist in cdht-household@2.0.0`,
  },
  {
    what: 'an added indicator whose id exists',
    command: 'validate',
    break: (f) => {
      add(f, 1).id = 'TC3.2';
    },
    vi: `${ID}/1.0.0.json:$.addIndicators[1].indicator.id: duplicate_id chỉ số "TC3.2" đã có trong bộ tiêu chí gốc; dùng overrides để sửa`,
    en: `${ID}/1.0.0.json:$.addIndicators[1].indicator.id: duplicate_id indicator "TC3.2" already exists in the parent; use overrides to change it`,
  },
  {
    what: 'a range no version matches',
    command: 'validate',
    break: (f) => {
      f.extends = 'cdht-household@^3.0.0';
    },
    vi: `${ID}/1.0.0.json:$.extends: missing_parent không tìm thấy bộ tiêu chí gốc cdht-household@^3.0.0; hãy nạp nó trước`,
    en: `${ID}/1.0.0.json:$.extends: missing_parent parent framework cdht-household@^3.0.0 is not loaded; load it first`,
  },
  {
    what: 'a rule reading an undeclared field',
    command: 'validate',
    break: (f) => {
      delete (f.evidence as Json).literacy;
    },
    vi: `${ID}/1.0.0.json:$.addIndicators[0].indicator.award: undeclared_evidence quy tắc đọc "literacy" nhưng "literacy" không được khai báo trong evidence hoặc derived`,
    en: `${ID}/1.0.0.json:$.addIndicators[0].indicator.award: undeclared_evidence rule reads "literacy" but "literacy" is not declared in evidence or derived`,
  },
  {
    what: 'an indicator removed without its field',
    command: 'lint',
    break: (f) => {
      f.remove = ['TC2.2'];
    },
    vi: `${ID}/1.0.0.json:$.evidence.tc2_2: evidence_never_read cảnh báo: minh chứng "tc2_2" được khai báo nhưng không quy tắc nào đọc`,
    en: `${ID}/1.0.0.json:$.evidence.tc2_2: evidence_never_read warning: evidence "tc2_2" is declared but no rule reads it`,
  },
  {
    what: 'a removed id that does not exist',
    command: 'validate',
    break: (f) => {
      f.remove = ['TC2.2', 'tc2_2', 'TC2.9'];
    },
    vi: `${ID}/1.0.0.json:$.remove[2]: unknown_reference không có "TC2.9" trong cdht-household@2.0.0`,
    en: `${ID}/1.0.0.json:$.remove[2]: unknown_reference "TC2.9" does not exist in cdht-household@2.0.0`,
  },
  {
    what: 'a threshold above the maximum',
    command: 'validate',
    break: (f) => {
      (((f.overrides as Json).titles as Json).cdht as { requirements: Json }).requirements.total = 120;
    },
    vi: `${ID}/1.0.0.json:$.overrides.titles.cdht: title_unreachable danh hiệu cdht không thể đạt: cần 120 điểm nhưng tối đa 110`,
    en: `${ID}/1.0.0.json:$.overrides.titles.cdht: title_unreachable title cdht can never be earned: needs 120 points but at most 110 exist`,
  },
  {
    what: 'a value the enum does not allow',
    command: 'lint',
    break: (f) => {
      ((add(f, 0).award as { if: Json[] }).if[0] as Json)['=='] = [{ var: 'literacy' }, 'Fluent'];
    },
    vi: `${ID}/1.0.0.json:$.addIndicators[0].indicator.award: rule_type_mismatch cảnh báo: TC2.5: so sánh "literacy" (kiểu enum none|level1|level2|fluent) với "Fluent" bằng "==": sai kiểu dữ liệu`,
    en: `${ID}/1.0.0.json:$.addIndicators[0].indicator.award: rule_type_mismatch warning: TC2.5: compares "literacy" (type enum none|level1|level2|fluent) with "Fluent" using "==": wrong type`,
  },
  {
    what: 'a dd/MM/yyyy date in the framework',
    command: 'validate',
    break: (f) => {
      (f.effective as Json).from = '01/01/2025';
    },
    vi: `${ID}/1.0.0.json:$.effective.from: schema_violation cần ngày dạng yyyy-MM-dd`,
    en: `${ID}/1.0.0.json:$.effective.from: schema_violation expected a date yyyy-MM-dd`,
  },
  {
    what: 'points written as text',
    command: 'validate',
    break: (f) => {
      add(f, 1).points = '10';
    },
    vi: `${ID}/1.0.0.json:$.addIndicators[1].indicator.points: schema_violation cần kiểu number`,
    en: `${ID}/1.0.0.json:$.addIndicators[1].indicator.points: schema_violation expected number`,
  },
  {
    what: 'a share written as a percentage',
    command: 'validate',
    break: (f) => {
      (((f.overrides as Json).titles as Json).cdht as { requirements: Json }).requirements = {
        totalShare: 80,
        eachIndicator: 5,
      };
    },
    vi: `${ID}/1.0.0.json:$.overrides.titles.cdht.requirements.totalShare: schema_violation phải <= 1`,
    en: `${ID}/1.0.0.json:$.overrides.titles.cdht.requirements.totalShare: schema_violation must be <= 1`,
  },
  {
    what: 'an override of a variant the parent lacks',
    command: 'validate',
    break: (f) => {
      (f.overrides as Json).variants = { 'vung-kho': { enabled: true } };
    },
    vi: `${ID}/1.0.0.json:$.overrides.variants["vung-kho"]: unknown_reference không có biến thể "vung-kho" để sửa`,
    en: `${ID}/1.0.0.json:$.overrides.variants["vung-kho"]: unknown_reference no variant "vung-kho" to override`,
  },
  {
    what: 'a case computed wrongly',
    command: 'test',
    break: (_f, c) => {
      (((c.cases as Json[])[1] as Json).expect as Json).total = 84;
    },
    vi: '      total: expected 84, got 86',
  },
  {
    what: 'a case in a year no version covers',
    command: 'test',
    break: (_f, _c, dir) => rmSync(join(dir, '1.1.0.json')),
    vi: '      evaluation failed: CdhtError: $.framework: unknown_framework no framework "cdht-huyen-kon-ray" in force on 2026-12-31',
  },
];

describe('the guide’s common mistakes print the messages it quotes', () => {
  for (const m of mistakes) {
    it(`${m.what}: cdht ${m.command} exits 1 with the quoted line`, () => {
      const root = mkdtempSync(join(tmpdir(), 'cdht-guide-'));
      cpSync(join(EXAMPLE, ID), join(root, ID), { recursive: true });
      const dir = join(root, ID);
      const framework = readJson(join(dir, '1.0.0.json'));
      const cases = readJson(join(dir, '1.0.0.cases.json'));
      m.break(framework, cases, dir);
      writeFileSync(join(dir, '1.0.0.json'), JSON.stringify(framework));
      writeFileSync(join(dir, '1.0.0.cases.json'), JSON.stringify(cases));
      for (const [lang, line] of [
        ['vi', m.vi],
        ['en', m.en],
      ] as const) {
        if (line === undefined) continue;
        const r = cdht([m.command, ID, '--lang', lang], root);
        expect(r.code).toBe(1);
        expect(`${r.stdout}${r.stderr}`.split('\n')).toContain(line);
        expect(GUIDE).toContain(`${line}\n`);
      }
    });
  }

  it('restating only part of a title’s requirements drops the rest, as cdht diff shows', () => {
    const root = mkdtempSync(join(tmpdir(), 'cdht-guide-'));
    cpSync(join(EXAMPLE, ID), join(root, ID), { recursive: true });
    const file = join(root, ID, '1.0.0.json');
    const framework = readJson(file);
    (((framework.overrides as Json).titles as Json).cdht as Json).requirements = { total: 88 };
    writeFileSync(file, JSON.stringify(framework));
    expect(cdht(['validate', ID], root).code).toBe(0);
    const line = '- Danh hiệu “Công dân học tập”: điểm tối thiểu của mỗi chỉ số đổi từ 5 thành không quy định';
    expect(cdht(['diff', 'cdht-household@2.0.0', `${ID}@1.0.0`, '--criteria', ID], root).stdout.split('\n')).toContain(
      line,
    );
    expect(GUIDE).toContain(`${line}\n`);
  });
});
