import { resolve } from 'node:path';
import {
  buildReportingCalendar,
  builtinFormatters,
  CdhtError,
  computeProgress,
  createEngine,
  type Evaluation,
  formatCount,
  type Issue,
  loadUnitMapping,
  type ReportInput,
  renderReport,
  rollUpPopulation,
  type UnitMappingFile,
} from '../../index.js';
import {
  createRecognitionStore,
  readJsonFile,
  readUnitTable,
  writeAnnexHtml,
  writeAnnexXlsx,
  writeReportXlsx,
  xlsxFormatter,
} from '../../node.js';
import { aggregateFiles } from '../aggregateFiles.js';
import { choice, dateOption, listOption, needPositionals, parseCommand, stringOption } from '../args.js';
import { resolveArg } from '../bundledIds.js';
import { collectiveCollector } from '../collectiveRecognitions.js';
import { fileQuality } from '../fileQuality.js';
import { type CliIo, ExitCode, println, UsageError } from '../io.js';
import { writeOutputFile } from '../outputFile.js';
import { checkOutputPaths } from '../outputPaths.js';
import { loadPlanFile } from '../plans.js';
import { writeStreamedFile } from '../streamedFile.js';

/** Today in the local time zone, `yyyy-MM-dd`: the report date when none is given. */
function today(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
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
  // The recognition list names people: it is kept on disk as rows are read (memory keeps a few
  // sort keys per person) and read back in order, for the report (grouped by --by) and the annex
  // (per commune, or agency, whatever level the report is by). CSV (metrics only) skips it.
  const keep = format !== 'csv' || annex !== undefined;
  const annexBy = plan.scope.hierarchies.some((h) => h.levels.includes('commune')) ? 'commune' : by;
  const views = [
    { plan, ...(by === undefined ? {} : { by }) },
    ...(annex === undefined || annexBy === by ? [] : [{ plan, ...(annexBy === undefined ? {} : { by: annexBy }) }]),
  ];
  const store = keep ? createRecognitionStore(views) : undefined;
  try {
    const collectives = collectiveCollector();
    const read = await aggregateFiles(
      positionals.map((p) => ({ path: resolve(io.cwd, p), shown: p })),
      plan,
      keep
        ? (row) => {
            collectives.add(row);
            const e = row as Partial<Evaluation>;
            if (Array.isArray(e.titles) && e.titles.some((t) => t.id === 'cdht' && t.decision === 'awarded'))
              store?.add(e as Evaluation);
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
    const list = store?.list(0);
    // The built-in xlsx writer streams the list into the workbook; a long list leaves the HTML page
    // for the annex (counts per unit); other formats (and plugin formats) get the list itself.
    const builtin = !Object.hasOwn(engine.formatters, format) || engine.formatters[format] === xlsxFormatter;
    const streamed = format === 'xlsx' && builtin;
    const listIn = (): Pick<ReportInput, 'recognitions' | 'recognitionCounts'> => {
      if (list === undefined || streamed || (format === 'csv' && builtin)) return {};
      if (format === 'html' && builtin && !list.fitsHtmlReport) return { recognitionCounts: list.units };
      return { recognitions: [...list.entries()] };
    };
    const input: ReportInput = {
      plan,
      progress: result,
      calendar: buildReportingCalendar(plan, asOf, submitted === undefined ? {} : { submitted }),
      ...(submitted === undefined ? {} : { submittedKnown: true }),
      quality,
      ...listIn(),
      ...(collectives.seen()
        ? { collectiveRecognitions: collectives.list({ plan, ...(by === undefined ? {} : { by }) }) }
        : {}),
      ...(by === undefined ? {} : { by }),
    };
    const rendered = streamed ? undefined : await renderReport(input, format, { locale: io.lang }, engine.formatters);
    if (annex !== undefined && store !== undefined) {
      const annexList = store.list(views.length - 1);
      const year = Number(asOf.slice(0, 4));
      const path = resolve(io.cwd, annex);
      if (annexFormat === 'xlsx')
        await writeStreamedFile(path, annex, (s) => writeAnnexXlsx(s, annexList.entries(), { year, locale: io.lang }));
      else
        await writeStreamedFile(path, annex, (s) =>
          writeAnnexHtml(s, annexList.entries(), { year, asOf, locale: io.lang }),
        );
    }
    if (streamed && out !== undefined)
      await writeStreamedFile(resolve(io.cwd, out), out, (s) =>
        writeReportXlsx(
          s,
          input,
          io.lang,
          list === undefined ? undefined : { criteria: list.criteria, entries: list.entries() },
        ),
      );
    // xlsx is bytes and always goes to --out (checked above); text goes to stdout unless --out.
    if (rendered !== undefined && out !== undefined) await writeOutputFile(resolve(io.cwd, out), out, rendered);
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
  } finally {
    store?.close();
  }
}
