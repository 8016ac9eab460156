import { resolve } from 'node:path';
import {
  buildRecognitionList,
  buildReportingCalendar,
  builtinFormatters,
  CdhtError,
  computeProgress,
  createEngine,
  type Evaluation,
  formatCount,
  type Issue,
  loadUnitMapping,
  renderAnnexHtml,
  renderReport,
  rollUpPopulation,
  type UnitMappingFile,
} from '../../index.js';
import { readJsonFile, readUnitTable } from '../../node.js';

import { aggregateFiles } from '../aggregateFiles.js';
import { writeAnnexXlsxFile } from '../annexFile.js';
import { choice, dateOption, listOption, needPositionals, parseCommand, stringOption } from '../args.js';
import { resolveArg } from '../bundledIds.js';
import { collectiveCollector } from '../collectiveRecognitions.js';
import { fileQuality } from '../fileQuality.js';
import { type CliIo, ExitCode, println, UsageError } from '../io.js';
import { writeOutputFile } from '../outputFile.js';
import { checkOutputPaths } from '../outputPaths.js';
import { loadPlanFile } from '../plans.js';

/** Today in the local time zone, `yyyy-MM-dd`: the report date when none is given. */
function today(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

/**
 * What the recognition list needs of an awarded evaluation: no indicators, reasons or gaps, so
 * memory grows by a few hundred bytes per person awarded rather than by the whole evaluation.
 */
function slim(e: Evaluation): Evaluation {
  // Rows written by other tools may carry birthDate instead of birthYear: the annex reads either.
  const extra = e as unknown as { birthYear?: unknown; birthDate?: unknown };
  return {
    framework: e.framework,
    person: e.person,
    ...(e.name === undefined ? {} : { name: e.name }),
    group: e.group,
    unit: e.unit,
    period: e.period,
    asOf: e.asOf,
    total: e.total,
    possible: e.possible,
    max: e.max,
    criteria: e.criteria.map((c) => ({ id: c.id, points: c.points, max: c.max, possible: c.possible })),
    indicators: [],
    derived: {},
    titles: e.titles.map((t) => ({ id: t.id, decision: t.decision, reasons: [], gap: null })),
    ...(extra.birthYear === undefined ? {} : { birthYear: extra.birthYear }),
    ...(extra.birthDate === undefined ? {} : { birthDate: extra.birthDate }),
  } as unknown as Evaluation;
}

/**
 * The unit-mapping files `--mapping` names (paths or bundled ids such as `kon-ray-2025-mapping`).
 *
 * @throws CdhtError with every issue of a file that does not load
 */
async function loadMappings(cwd: string, args: readonly string[]): Promise<UnitMappingFile[]> {
  const out: UnitMappingFile[] = [];
  for (const file of args.flatMap((a) => resolveArg(cwd, a, 'units'))) {
    const loaded = loadUnitMapping(await readJsonFile(file), { file });
    if (!loaded.success) throw new CdhtError(loaded.issues);
    out.push(loaded.value);
  }
  return out;
}

/** `--submitted 2022,2023`: the years whose annual report was sent (`none` or empty: none yet). */
function parseYears(text: string): number[] {
  if (text.trim() === '' || text.trim() === 'none') return [];
  return text.split(',').map((part) => {
    const year = Number(part.trim());
    if (!Number.isInteger(year) || year < 1900 || year > 2200)
      throw new UsageError(
        {
          vi: `--submitted: "${part.trim()}" không phải là năm (vd. --submitted 2022,2023)`,
          en: `--submitted: "${part.trim()}" is not a year (e.g. --submitted 2022,2023)`,
        },
        'report',
      );
    return year;
  });
}

/**
 * `cdht report --plan <plan> <evaluations…>`: aggregates evaluations and fact rows against a
 * plan's metrics and prints progress toward its targets in md, html, csv, json or xlsx.
 *
 * @param args - command arguments
 * @param io - streams, language
 * @returns 0, or 1 when the plan or population table has problems
 * @category CLI
 */
export async function report(args: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommand('report', args, {
    plan: { type: 'string' },
    by: { type: 'string' },
    'as-of': { type: 'string' },
    population: { type: 'string' },
    format: { type: 'string' },
    out: { type: 'string', short: 'o' },
    annex: { type: 'string' },
    submitted: { type: 'string' },
    mapping: { type: 'string', multiple: true },
  });
  const planPath = stringOption(values, 'plan');
  if (planPath === undefined)
    throw new UsageError({ vi: 'thiếu --plan <tệp kế hoạch|mã>', en: 'missing --plan <plan file|id>' }, 'report');
  needPositionals('report', positionals, 1, {
    vi: 'tệp kết quả đánh giá (NDJSON)',
    en: 'evaluation files (NDJSON)',
  });
  const engine = createEngine({ plugins: io.plugins });
  const format = choice(
    'report',
    'format',
    stringOption(values, 'format'),
    [...Object.keys(builtinFormatters), ...Object.keys(engine.formatters)],
    'md',
  );
  const out = stringOption(values, 'out');
  if (format === 'xlsx' && out === undefined)
    throw new UsageError(
      { vi: 'định dạng xlsx cần --out <tệp.xlsx>', en: 'the xlsx format needs --out <file.xlsx>' },
      'report',
    );
  const asOfOption = dateOption('report', 'as-of', stringOption(values, 'as-of'));
  const by = stringOption(values, 'by');
  const submittedText = stringOption(values, 'submitted');
  const submitted = submittedText === undefined ? undefined : parseYears(submittedText);
  const annex = stringOption(values, 'annex');
  const annexFormat = annex === undefined ? undefined : annex.toLowerCase().endsWith('.xlsx') ? 'xlsx' : 'html';
  if (annex !== undefined && !/\.(xlsx|html?)$/iu.test(annex))
    throw new UsageError(
      {
        vi: `--annex ${annex}: tệp phải có đuôi .html hoặc .xlsx`,
        en: `--annex ${annex}: the file must end in .html or .xlsx`,
      },
      'report',
    );

  const population = stringOption(values, 'population');
  const mappingArgs = listOption(values, 'mapping');
  // Before anything is read or written: the report must not overwrite one of its inputs.
  if (out !== undefined || annex !== undefined) {
    const input = { vi: 'một tệp đầu vào', en: 'an input' };
    checkOutputPaths(
      'report',
      io.cwd,
      [
        ...(out === undefined ? [] : [{ option: { vi: '--out', en: '--out' }, path: out }]),
        ...(annex === undefined ? [] : [{ option: { vi: '--annex', en: '--annex' }, path: annex }]),
      ],
      [...positionals, planPath, ...mappingArgs, ...(population === undefined ? [] : [population])].map((path) => ({
        option: input,
        path,
      })),
    );
  }
  const [planFile] = resolveArg(io.cwd, planPath, 'plan');
  const loaded = await loadPlanFile(planFile as string, engine);
  const [first, ...rest] = loaded.issues;
  // loadPlanFile returns issues whenever it returns no plan.
  if (first || !loaded.plan) throw new CdhtError([first as Issue, ...rest]);
  const plan = loaded.plan;
  if (by !== undefined && !plan.scope.hierarchies.some((h) => h.levels.includes(by))) {
    const levels = [...new Set(plan.scope.hierarchies.flatMap((h) => h.levels))].join(', ');
    throw new UsageError(
      {
        vi: `--by ${by}: kế hoạch không có cấp này (có: ${levels})`,
        en: `--by ${by}: the plan has no such level (levels: ${levels})`,
      },
      'report',
    );
  }
  const mappings = await loadMappings(io.cwd, mappingArgs);
  // Placing rows on the units in force needs the date before the rows are read.
  if (mappings.length > 0 && asOfOption === undefined)
    throw new UsageError(
      {
        vi: '--mapping cần --as-of <yyyy-MM-dd>: ngày có các đơn vị dùng để báo cáo',
        en: '--mapping needs --as-of <yyyy-MM-dd>: the date whose units the report uses',
      },
      'report',
    );
  // The recognition list names people, so it grows with those awarded; CSV (metrics only) skips it.
  const awarded: Evaluation[] = [];
  const collectives = collectiveCollector();
  const keep = format !== 'csv' || annex !== undefined;
  const read = await aggregateFiles(
    positionals.map((p) => ({ path: resolve(io.cwd, p), shown: p })),
    plan,
    keep
      ? (row) => {
          collectives.add(row);
          const e = row as Partial<Evaluation>;
          if (Array.isArray(e.titles) && e.titles.some((t) => t.id === 'cdht' && t.decision === 'awarded'))
            awarded.push(slim(e as Evaluation));
        }
      : undefined,
    10,
    // With mappings, rows are placed on the units in force on the report date; without, as recorded.
    mappings.length === 0 || asOfOption === undefined ? {} : { asOf: asOfOption, mappings },
  );
  // The one default of every command: the end of the assessment period (here the latest of the
  // evaluations read); today only when no row names a period (fact rows alone).
  const asOf = asOfOption ?? read.periodEnd ?? today();
  const agg = read.aggregate;
  const quality = await fileQuality(read.files, io.cwd);
  const result = computeProgress(agg, plan, {
    asOf,
    ...(population === undefined
      ? {}
      : { population: rollUpPopulation(await readUnitTable(resolve(io.cwd, population)), plan) }),
  });
  const recognitions = keep
    ? buildRecognitionList(awarded, { titleId: 'cdht', plan, ...(by === undefined ? {} : { by }) })
    : [];
  const rendered = await renderReport(
    {
      plan,
      progress: result,
      calendar: buildReportingCalendar(plan, asOf, submitted === undefined ? {} : { submitted }),
      ...(submitted === undefined ? {} : { submittedKnown: true }),
      quality,
      ...(keep ? { recognitions } : {}),
      ...(collectives.seen()
        ? { collectiveRecognitions: collectives.list({ plan, ...(by === undefined ? {} : { by }) }) }
        : {}),
      ...(by === undefined ? {} : { by }),
    },
    format,
    { locale: io.lang },
    engine.formatters,
  );
  if (annex !== undefined) {
    // The annex lists people per commune (or agency), whatever level the report is by.
    const annexBy = plan.scope.hierarchies.some((h) => h.levels.includes('commune')) ? 'commune' : by;
    const list = buildRecognitionList(awarded, {
      titleId: 'cdht',
      plan,
      ...(annexBy === undefined ? {} : { by: annexBy }),
    });
    const year = Number(asOf.slice(0, 4));
    if (annexFormat === 'xlsx')
      await writeAnnexXlsxFile(resolve(io.cwd, annex), annex, list, { year, locale: io.lang });
    else await writeOutputFile(resolve(io.cwd, annex), annex, renderAnnexHtml(list, { year, asOf, locale: io.lang }));
  }
  // xlsx is bytes and always goes to --out (checked above); text goes to stdout unless --out.
  if (out !== undefined) await writeOutputFile(resolve(io.cwd, out), out, rendered);
  else if (typeof rendered === 'string') io.stdout.write(rendered);
  // Rows that are no evaluation or count twice: the first few on the console, with file and row.
  for (const r of read.first) println(io.stderr, `${r.file}:${r.row}: ${r.issue.code} ${r.issue.message[io.lang]}`);
  const more = Object.values(read.rejected).reduce((a, b) => a + b, 0) - read.first.length;
  if (more > 0)
    println(io.stderr, io.lang === 'vi' ? `… và ${more} dòng khác bị loại.` : `… and ${more} more rows left out.`);
  // Evidence rows evaluate rejected count too (rejects files beside the results), as in the report.
  const earlyCount = quality.reduce((n, q) => n + q.rejectedAtEvaluation, 0);
  const all: Record<string, number> = { ...agg.rows.rejected };
  if (earlyCount > 0) all[io.lang === 'vi' ? 'bị từ chối khi đánh giá' : 'rejected at evaluation'] = earlyCount;
  const rejected = Object.entries(all)
    .map(([code, n]) => `${code} ${formatCount(n, io.lang)}`)
    .join(', ');
  println(
    io.stderr,
    io.lang === 'vi'
      ? `Đã đọc ${formatCount(agg.rows.read + earlyCount, 'vi')} dòng: ${formatCount(agg.rows.placed, 'vi')} được tính vào đơn vị, ${formatCount(agg.rows.read + earlyCount - agg.rows.placed, 'vi')} bị loại${rejected ? ` (${rejected})` : ''}.`
      : `Read ${formatCount(agg.rows.read + earlyCount, 'en')} rows: ${formatCount(agg.rows.placed, 'en')} placed in a unit, ${formatCount(agg.rows.read + earlyCount - agg.rows.placed, 'en')} left out${rejected ? ` (${rejected})` : ''}.`,
  );
  return ExitCode.ok;
}
