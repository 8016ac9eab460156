import { dirname, resolve } from 'node:path';
import {
  type CaseCoverage,
  type Engine,
  type IndicatorStatus,
  type Locale,
  parseCaseFile,
  runCases,
  type TitleDecision,
} from '../../index.js';
import { readJsonFile, resolveBundledCriteriaDir } from '../../node.js';

import { listOption, needPositionals, parseCommand } from '../args.js';
import { resolveArgs } from '../bundledIds.js';
import { criteriaSource, isError, loadEngine } from '../criteria.js';
import { decisionText } from '../evaluationCsv.js';
import { findJsonFiles } from '../files.js';
import { type CliIo, ExitCode, println } from '../io.js';
import { displayPath, issueLine } from '../issues.js';

/** Outcomes no case produced, per framework id. */
export interface Untested {
  readonly framework: string;
  /** Indicator id → statuses never seen (`met`, `unmet`, and `not-applicable` for indicators with `when`). */
  readonly indicators: Readonly<Record<string, readonly IndicatorStatus[]>>;
  /** Title id → decisions never seen. */
  readonly titles: Readonly<Record<string, readonly TitleDecision[]>>;
}

/**
 * The outcomes that matter and that no case exercised: each indicator both scoring (`met`) and
 * not scoring (`unmet`), `not-applicable` when it has a `when` rule, and every title decision.
 *
 * @param engine - the engine with the framework loaded (all versions are considered)
 * @param framework - framework id
 * @param seen - what the cases exercised
 * @returns the gaps
 */
export function untested(engine: Engine, framework: string, seen: CaseCoverage): Untested {
  const indicators: Record<string, IndicatorStatus[]> = {};
  const titles: Record<string, TitleDecision[]> = {};
  for (const f of engine.frameworks().filter((x) => x.id === framework)) {
    for (const c of f.criteria) {
      for (const ind of c.indicators) {
        const wanted: IndicatorStatus[] =
          ind.when === undefined ? ['met', 'unmet'] : ['met', 'unmet', 'not-applicable'];
        const got = seen.indicatorStatuses[ind.id] ?? [];
        const missing = wanted.filter((s) => !got.includes(s));
        if (missing.length > 0) indicators[ind.id] = missing;
      }
    }
    for (const t of f.titles) {
      const got = seen.titleDecisions[t.id] ?? [];
      const missing = (['awarded', 'not-awarded', 'undetermined'] as const).filter((d) => !got.includes(d));
      if (missing.length > 0) titles[t.id] = missing;
    }
  }
  return { framework, indicators, titles };
}

const STATUS: Readonly<Record<IndicatorStatus, { vi: string; en: string }>> = {
  met: { vi: 'đạt đủ điểm', en: 'met' },
  partial: { vi: 'đạt một phần', en: 'partial' },
  unmet: { vi: 'không có điểm', en: 'unmet' },
  missing: { vi: 'thiếu minh chứng', en: 'missing' },
  'not-applicable': { vi: 'không áp dụng', en: 'not applicable' },
};

function untestedLines(u: Untested, lang: Locale): string[] {
  const vi = lang === 'vi';
  const lines: string[] = [];
  for (const [id, statuses] of Object.entries(u.indicators)) {
    lines.push(
      `  ${vi ? 'chỉ số' : 'indicator'} ${id}: ${vi ? 'chưa có ca' : 'no case'} ${statuses.map((s) => STATUS[s][lang]).join(', ')}`,
    );
  }
  for (const [id, decisions] of Object.entries(u.titles)) {
    lines.push(
      `  ${vi ? 'danh hiệu' : 'title'} ${id}: ${vi ? 'chưa có ca' : 'no case'} ${decisions.map((d) => decisionText(d, lang)).join(', ')}`,
    );
  }
  return lines;
}

/**
 * `cdht test <case files…>`: runs criteria test cases, prints each failure with its differences,
 * and lists the indicator and title outcomes no case exercised. Frameworks in the case files'
 * folders are loaded over the bundled criteria.
 *
 * @param args - command arguments
 * @param io - streams, language
 * @returns 1 when a case fails or a case file is invalid, else 0
 * @category CLI
 */
export async function test(args: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommand('test', args, {
    json: { type: 'boolean' },
    criteria: { type: 'string', multiple: true },
    'no-bundled': { type: 'boolean' },
  });
  needPositionals('test', positionals, 1, { vi: 'tệp ca kiểm thử', en: 'case files' });
  const named = resolveArgs(io.cwd, positionals, 'cases');
  const files = (await findJsonFiles(named, io.cwd)).filter((f) => named.includes(f) || f.endsWith('.cases.json'));
  const bundled = resolve(resolveBundledCriteriaDir());
  const folders = [...new Set(files.map((f) => dirname(f)))].filter((d) => !`${d}/`.startsWith(bundled));
  const { engine, issues } = await loadEngine(
    io,
    criteriaSource([...listOption(values, 'criteria'), ...folders], values['no-bundled'] === true),
  );
  let problems = issues.filter(isError).length;
  for (const i of issues.filter(isError)) println(io.stderr, issueLine(i, io.lang, io.cwd));

  const vi = io.lang === 'vi';
  const seen = new Map<string, CaseCoverage[]>();
  const report: unknown[] = [];
  let passed = 0;
  let failed = 0;
  for (const file of files) {
    const parsed = parseCaseFile(await readJsonFile(file), file);
    if (!parsed.caseFile) {
      problems += parsed.issues.length;
      for (const i of parsed.issues) println(io.stderr, issueLine(i, io.lang, io.cwd));
      continue;
    }
    const result = runCases(engine, parsed.caseFile);
    passed += result.passed;
    failed += result.failed.length;
    const list = seen.get(parsed.caseFile.framework) ?? [];
    list.push(result.coverage);
    seen.set(parsed.caseFile.framework, list);
    report.push({
      file: displayPath(file, io.cwd),
      framework: parsed.caseFile.framework,
      passed: result.passed,
      failed: result.failed,
    });
    if (values.json === true) continue;
    const total = parsed.caseFile.cases.length;
    println(
      io.stdout,
      vi
        ? `${displayPath(file, io.cwd)}: ${result.passed}/${total} ca đạt`
        : `${displayPath(file, io.cwd)}: ${result.passed}/${total} cases passed`,
    );
    for (const f of result.failed) {
      println(io.stdout, `  ✗ ${f.description}`);
      for (const m of f.mismatches) println(io.stdout, `      ${m}`);
    }
  }
  const gaps = [...seen].map(([id, coverages]) => untested(engine, id, merge(coverages)));
  if (values.json === true) {
    println(io.stdout, JSON.stringify({ passed, failed, files: report, untested: gaps }, null, 2));
  } else {
    for (const g of gaps) {
      const lines = untestedLines(g, io.lang);
      if (lines.length === 0) continue;
      println(
        io.stdout,
        vi ? `Kết quả chưa được ca nào thử (${g.framework}):` : `Outcomes no case exercised (${g.framework}):`,
      );
      for (const l of lines) println(io.stdout, l);
    }
    println(io.stderr, vi ? `${passed} ca đạt, ${failed} ca không đạt.` : `${passed} passed, ${failed} failed.`);
  }
  return failed > 0 || problems > 0 ? ExitCode.problems : ExitCode.ok;
}

/** Merges the coverage of several case files of one framework. */
function merge(list: readonly CaseCoverage[]): CaseCoverage {
  const indicatorStatuses: Record<string, IndicatorStatus[]> = {};
  const titleDecisions: Record<string, TitleDecision[]> = {};
  for (const c of list) {
    for (const [id, s] of Object.entries(c.indicatorStatuses))
      indicatorStatuses[id] = [...new Set([...(indicatorStatuses[id] ?? []), ...s])];
    for (const [id, d] of Object.entries(c.titleDecisions))
      titleDecisions[id] = [...new Set([...(titleDecisions[id] ?? []), ...d])];
  }
  return { indicatorStatuses, titleDecisions };
}
