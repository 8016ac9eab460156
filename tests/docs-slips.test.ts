// Issue 14 item 6: the generated criteria documentation without slips — each test reproduces one.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { bundledDocs } from '../scripts/generate-docs.js';
import { runCli } from '../src/cli/run.js';
import { renderCriteriaIndex } from '../src/docs/criteriaIndex.js';
import { renderFrameworkHtml } from '../src/docs/html.js';
import { renderFrameworkMarkdown } from '../src/docs/markdown.js';
import { createEngine } from '../src/engine.js';
import type { Framework } from '../src/format/framework.js';
import { describeRule } from '../src/rules/describe.js';
import { domainOperators } from '../src/rules/operators/domain.js';
import { docsFixtures } from './docs.fixture.js';
import { ROOT } from './fixtures/cli/run.js';

let frameworks: Framework[] = [];
beforeAll(async () => {
  frameworks = (await bundledDocs()).frameworks;
});
const get = (id: string, version = '2.0.0'): Framework => {
  const f = frameworks.find((x) => x.id === id && x.version === version);
  if (!f) throw new Error(`${id}@${version} not bundled`);
  return f;
};
const md = (f: Framework, locale: 'vi' | 'en'): string =>
  renderFrameworkMarkdown(f, { locale, operators: domainOperators });

/** Runs the CLI in-process and collects its output. */
async function cli(args: readonly string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const stream = (write: (s: string) => void) => ({
    write(chunk: string | Uint8Array) {
      write(typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8'));
      return true;
    },
    once() {
      return undefined;
    },
  });
  const code = await runCli(args, {
    cwd: ROOT,
    stdout: stream((s) => {
      stdout += s;
    }),
    stderr: stream((s) => {
      stderr += s;
    }),
  });
  return { code, stdout, stderr };
}

describe('evidence labels follow label overrides', () => {
  it('renames the TC1.4 score field with the indicator in every form that renames TC1.4', () => {
    expect(get('cdht').evidence.tc1_4?.label.vi).toBe('Điểm TC1.4: Động viên người thân, đồng nghiệp học tập');
    // cdht-resident overrides the label; cdht-household (an alias) and cdht-clan inherit it.
    for (const id of ['cdht-resident', 'cdht-household', 'cdht-clan', 'cdht-community']) {
      expect(get(id).evidence.tc1_4?.label).toEqual({
        vi: 'Điểm TC1.4: Động viên người thân, bà con học tập',
        en: 'TC1.4 score: Encouraging family and neighbours to learn',
      });
    }
    expect(get('cdht-worker').evidence.tc1_4?.label.vi).toBe('Điểm TC1.4: Động viên đồng nghiệp, người thân học tập');
    expect(get('cdht-learner').evidence.tc1_2?.label.vi).toBe('Điểm TC1.2: Xây dựng kế hoạch học tập, tự học');
    // A field the label does not quote keeps its label.
    expect(get('cdht-household').evidence.tc1_1?.label).toEqual(get('cdht').evidence.tc1_1?.label);
  });

  it('leaves the household page without the colleagues (“đồng nghiệp”) of the base wording', () => {
    const page = md(get('cdht-household'), 'vi');
    expect(page).not.toContain('đồng nghiệp');
    expect(page).toContain('- Dữ liệu minh chứng: Điểm TC1.4: Động viên người thân, bà con học tập (`tc1_4`)');
  });

  it('keeps a label the child file declares itself', () => {
    const engine = createEngine();
    const base = get('cdht-resident');
    const { issues } = engine.loadAll([
      { file: 'base.json', json: JSON.parse(readFileSync(join(ROOT, 'criteria/cdht/2.0.0.json'), 'utf8')) },
      {
        file: 'child.json',
        json: {
          id: 'own-label',
          version: '1.0.0',
          extends: 'cdht@^2.0.0',
          title: { vi: 'Thử', en: 'Test' },
          evidence: { tc1_4: { ...get('cdht').evidence.tc1_4, label: { vi: 'Điểm riêng', en: 'Own score' } } },
          overrides: { indicators: { 'TC1.4': { label: base.criteria[0]?.indicators[3]?.label } } },
        },
      },
    ]);
    expect(issues.filter((i) => i.severity !== 'warning')).toEqual([]);
    expect(engine.get('own-label', '1.0.0')?.evidence.tc1_4?.label).toEqual({ vi: 'Điểm riêng', en: 'Own score' });
  });
});

describe('the minimum column of the criteria table', () => {
  it('shows the per-indicator minimum the title requires, as the self-assessment sheet does', () => {
    const page = md(get('cdht-household'), 'vi');
    // The title cdht: total ≥ 80 and every applicable indicator ≥ 5; the criteria set no minimum.
    expect(page).toContain('| TC1.4 | Động viên người thân, bà con học tập ⚠ | 10 | 5 |');
    expect(page).toContain('| 4 | TC1.4 | Động viên người thân, bà con học tập ⚠ | 10 | 5 |   |   |   |');
    expect(page).toContain('| **TC1** | **Năng lực tự học, học tập suốt đời** | 40 | — |');
    expect(page).not.toMatch(/^\| TC\d\.\d \|.*\| — \|$/m);
  });

  it('shows what the titles require when they agree, and the own minimum when they do not', () => {
    const { engine } = docsFixtures();
    const two = docsFixtures((files) => {
      const f = files['docs-test-2.0.0'] as { titles: { id: string; requirements: Record<string, unknown> }[] };
      const [first] = f.titles;
      if (first) f.titles.push({ ...first, id: 'other', requirements: { eachIndicator: 2 } });
    }).v2;
    const table = renderFrameworkMarkdown(two, { locale: 'en', operators: engine.operators });
    // TC1.1 has its own minimum 5; the titles ask 10 (required in full) and 2: they disagree.
    expect(table).toContain('| TC1.1 | Learning time | 10 | 5 |');
    expect(table).toContain('| TC1.2 | Reading books and newspapers ⚠ | 10 | — |');
  });
});

describe('HTML without Markdown', () => {
  it('shows backquoted words of hand-written text as code, never a literal backquote', () => {
    const { engine, v2 } = docsFixtures((files) => {
      const f = files['docs-test-2.0.0'] as { criteria: { indicators: { description?: unknown }[] }[] };
      const indicator = f.criteria[0]?.indicators[0];
      if (indicator)
        indicator.description = { vi: 'Ghi số giờ vào `learningHours`.', en: 'Put the hours in `learningHours`.' };
    });
    const html = renderFrameworkHtml(v2, { locale: 'en', operators: engine.operators });
    expect(html).toContain('Put the hours in <code>learningHours</code>.');
    expect(html).not.toContain('`');
    expect(renderFrameworkMarkdown(v2, { locale: 'en', operators: engine.operators })).toContain(
      'Put the hours in `learningHours`.',
    );
  });

  it('has no backquote in any bundled page', () => {
    for (const f of frameworks) {
      for (const locale of ['vi', 'en'] as const) {
        expect(renderFrameworkHtml(f, { locale, operators: domainOperators }), `${f.id}@${f.version}`).not.toContain(
          '`',
        );
      }
    }
  });
});

describe('a user’s own frameworks', () => {
  it('are not called bundled with cdht; the bundled index still says so', () => {
    const own = renderCriteriaIndex([get('cdht')], { locale: 'en', format: 'md' });
    expect(own).not.toContain('bundled');
    expect(own).toContain('The frameworks and versions documented here.');
    expect(renderCriteriaIndex([get('cdht')], { locale: 'vi', format: 'md', bundled: true })).toContain(
      'Mọi bộ tiêu chí và phiên bản đi kèm thư viện cdht.',
    );
    const committed = readFileSync(join(ROOT, 'docs/criteria/index.en.md'), 'utf8');
    expect(committed).toContain('Every framework and version bundled with the cdht library.');
  });

  it('cdht docs on the Kon Rẫy example: one framework, not bundled, singular in English', async () => {
    const out = mkdtempSync(join(tmpdir(), 'cdht-docs-'));
    const r = await cli(['docs', 'examples/kon-ray/criteria', '--out', out, '--format', 'html', '--lang', 'en']);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe(`Wrote documentation of 1 framework to ${out}.\n`);
    const index = readFileSync(join(out, 'index.en.html'), 'utf8');
    expect(index).toContain('The frameworks and versions documented here.');
    expect(index).not.toContain('bundled');
    const vi = await cli(['docs', 'examples/district-framework', '--out', out, '--lang', 'vi']);
    expect(vi.code).toBe(0);
    expect(readFileSync(join(out, 'index.vi.md'), 'utf8')).not.toContain('đi kèm thư viện cdht');
  });
});

describe('rule sentences read naturally', () => {
  it('says the digital-skill level in plain Vietnamese and English', () => {
    const row = (locale: 'vi' | 'en') =>
      md(get('cdht-clan'), locale)
        .split('\n')
        .find((l) => l.startsWith('| `digitalSkill` |'));
    expect(row('vi')).toBe(
      '| `digitalSkill` | Mức kỹ năng số | “none” nếu không có ngày xác nhận hoàn thành của xác nhận hoàn thành chương trình kỹ năng số cơ bản (757/QĐ-BKHCN) trong kỳ đánh giá hoặc trước đó, chưa sử dụng dịch vụ công trực tuyến trong kỳ và điểm tự đánh giá (đã thẩm định) của điểm TC2.1: Sử dụng công nghệ thông tin (kỹ năng số) dưới 7; “proficient” nếu tự đánh giá trên congdanhoctap.vn không cần trợ giúp; còn lại “basic” | `none`, `basic`, `proficient` |',
    );
    expect(row('en')).toBe(
      '| `digitalSkill` | Digital-skill level | “none” if no date of the confirmation of confirmation of completing basic digital skills (757/QĐ-BKHCN) within the period or earlier, not used an online public service in the period and the (reviewed) self-assessment score of TC2.1 score: Using information technology (digital skills) is less than 7; “proficient” if did the self-assessment on congdanhoctap.vn unaided; otherwise “basic” | `none`, `basic`, `proficient` |',
    );
    for (const locale of ['vi', 'en'] as const) {
      const page = md(get('cdht-clan'), locale);
      expect(page).not.toMatch(/không đúng là \(|it is not true that \(|mặc định sai|default false|không có giá trị\)/);
      expect(page).not.toMatch(/[^`]digitalSkills757\.date[^`]/);
    }
  });

  it('negates conditions directly and keeps the defaults that matter', () => {
    const labels = {
      hours: { vi: 'số giờ học', en: 'learning hours' },
      online: { vi: 'đã học trực tuyến', en: 'studied online' },
      level: { vi: 'trình độ', en: 'level' },
    };
    const say = (rule: unknown, locale: 'vi' | 'en') =>
      describeRule(rule, { locale, labels, operators: domainOperators });
    const rule = {
      '!': {
        or: [
          { '>=': [{ var: ['hours', 0] }, 40] },
          { var: ['online', false] },
          { in: [{ var: 'level' }, ['A', 'B']] },
          { inPeriod: [{ var: 'day' }] },
        ],
      },
    };
    expect(say(rule, 'vi')).toBe(
      'số giờ học (mặc định 0) dưới 40, chưa học trực tuyến, trình độ không là một trong “A” hoặc “B” và day không nằm trong kỳ đánh giá',
    );
    expect(say(rule, 'en')).toBe(
      'learning hours (default 0) is less than 40, not studied online, level is none of “A” or “B” and day is not within the period',
    );
    expect(say({ '!': { and: [{ var: 'online' }, { '<': [{ var: 'hours' }, 3] }] } }, 'vi')).toBe(
      'chưa học trực tuyến hoặc số giờ học từ 3 trở lên',
    );
  });
});
