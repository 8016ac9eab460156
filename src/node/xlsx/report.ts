import { Writable } from 'node:stream';
import type ExcelJS from 'exceljs';
import {
  collectiveKindLabel,
  collectiveLevelText,
  denominatorSourceLabel,
  groupLabel,
  reportLabels,
  statusLabel,
} from '../../report/labels.js';
import { buildReportRows } from '../../report/rows.js';
import type {
  CollectiveRecognitionEntry,
  RecognitionEntry,
  ReportFormatter,
  ReportInput,
  ReportLocale,
} from '../../report/types.js';
import { DRAIN_EVERY, letDrain } from './drain.js';
import { loadExcelJs } from './exceljs.js';
import { printLayout, withPrintOptions } from './pageSetup.js';

type Column = {
  readonly header: string;
  readonly width: number;
  readonly numFmt?: string;
  readonly wrap?: boolean;
};

const utcDate = (iso: string): Date => new Date(`${iso}T00:00:00Z`);

/** A sheet of the streaming writer: addRow, then each row committed as written. */
type SheetWriter = ReturnType<ExcelJS.stream.xlsx.WorkbookWriter['addWorksheet']>;

/**
 * Adds a sheet with a styled, frozen and filtered header row, then writes the rows one by one,
 * each committed at once, so a list of any length goes through in constant memory.
 */
const addSheet = async (
  out: Writable,
  wb: ExcelJS.stream.xlsx.WorkbookWriter,
  name: string,
  columns: readonly Column[],
  rows: Iterable<readonly unknown[]> | AsyncIterable<readonly unknown[]>,
): Promise<void> => {
  const ws: SheetWriter = withPrintOptions(wb.addWorksheet(name, printLayout('landscape')));
  ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: columns.length } };
  ws.columns = columns.map((c) => ({
    header: c.header,
    width: c.width,
    style: {
      ...(c.numFmt ? { numFmt: c.numFmt } : {}),
      alignment: { vertical: 'top', wrapText: c.wrap ?? false },
    },
  }));
  const header = ws.getRow(1);
  header.font = { bold: true, color: { argb: 'FF1F2D3D' } };
  header.alignment = { vertical: 'middle', wrapText: true };
  header.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDDE6F0' } };
  header.border = { bottom: { style: 'thin', color: { argb: 'FF8A99AA' } } };
  header.commit();
  let n = 0;
  const add = async (r: readonly unknown[]): Promise<void> => {
    ws.addRow(r as unknown[]).commit();
    if (++n % DRAIN_EVERY === 0) await letDrain(out);
  };
  // A list read from disk is a plain iterable: no promise per row.
  if (Symbol.iterator in rows) for (const r of rows) await add(r);
  else for await (const r of rows) await add(r);
  ws.commit();
};

const metricsSheet = (
  out: Writable,
  wb: ExcelJS.stream.xlsx.WorkbookWriter,
  input: ReportInput,
  locale: ReportLocale,
) => {
  const l = reportLabels(locale);
  const dateFmt = locale === 'vi' ? 'dd/mm/yyyy' : 'yyyy-mm-dd';
  const columns: Column[] = [
    { header: l.unit, width: 34, wrap: true },
    { header: l.metric, width: 48, wrap: true },
    { header: l.population, width: 14, numFmt: '#,##0' },
    { header: l.denominatorSource, width: 18, wrap: true },
    { header: l.inPopulation, width: 12, numFmt: '#,##0' },
    { header: l.counted, width: 12, numFmt: '#,##0' },
    { header: l.rate, width: 9, numFmt: '0.0%' },
    { header: l.target, width: 9, numFmt: '0%' },
    { header: l.targetDate, width: 12, numFmt: dateFmt },
    { header: l.status, width: 16 },
    { header: l.gap, width: 12, numFmt: '#,##0' },
    { header: l.note, width: 60, wrap: true },
  ];
  const rows = buildReportRows(input.progress, locale, input.by, input.plan).map((r) => [
    r.unit,
    r.metricLabel,
    r.population,
    denominatorSourceLabel(r, l),
    r.registered,
    r.recognised,
    r.rate,
    r.target?.share ?? null,
    r.target ? utcDate(r.target.date) : null,
    statusLabel(r.status, locale),
    r.gap,
    r.message,
  ]);
  return addSheet(out, wb, l.sheetMetrics, columns, rows);
};

/**
 * The recognition list as the workbook writer reads it: the criterion columns (every criterion id
 * met, in the list's order) and the entries in list order, which may be read lazily (from disk).
 *
 * @category Node
 */
export interface RecognitionRows {
  readonly criteria: readonly string[];
  readonly entries: Iterable<RecognitionEntry> | AsyncIterable<RecognitionEntry>;
}

/**
 * The criterion columns of a recognition list: every criterion id, in order of first appearance.
 *
 * @internal
 */
export const criteriaColumns = (entries: readonly RecognitionEntry[]): string[] => [
  ...new Set(entries.flatMap((x) => x.criteria.map((c) => c.id))),
];

function recognitionRows(list: RecognitionRows, locale: ReportLocale): Iterable<unknown[]> | AsyncIterable<unknown[]> {
  const row = (x: RecognitionEntry): unknown[] => [
    x.unit.name,
    x.name,
    x.person,
    groupLabel(x.group, locale),
    x.total,
    ...list.criteria.map((id) => x.criteria.find((c) => c.id === id)?.points ?? null),
  ];
  const entries = list.entries;
  if (Symbol.iterator in entries)
    return (function* () {
      for (const x of entries) yield row(x);
    })();
  return (async function* () {
    for await (const x of entries) yield row(x);
  })();
}

const recognitionSheet = (
  out: Writable,
  wb: ExcelJS.stream.xlsx.WorkbookWriter,
  list: RecognitionRows,
  locale: ReportLocale,
) => {
  const l = reportLabels(locale);
  const columns: Column[] = [
    { header: l.unit, width: 30, wrap: true },
    { header: l.name, width: 28 },
    { header: l.person, width: 16 },
    { header: l.group, width: 30, wrap: true },
    { header: l.total, width: 11 },
    ...list.criteria.map((id) => ({ header: id, width: 8 })),
  ];
  return addSheet(out, wb, l.sheetRecognitions, columns, recognitionRows(list, locale));
};

const collectiveSheet = (
  out: Writable,
  wb: ExcelJS.stream.xlsx.WorkbookWriter,
  entries: readonly CollectiveRecognitionEntry[],
  locale: ReportLocale,
) => {
  const l = reportLabels(locale);
  const columns: Column[] = [
    { header: l.unit, width: 30, wrap: true },
    { header: l.collectiveName, width: 32, wrap: true },
    { header: l.collectiveId, width: 24 },
    { header: l.collectiveKind, width: 14 },
    { header: l.collectiveLevel, width: 24, wrap: true },
  ];
  const rows = entries.map((x) => [
    x.unit.name,
    x.name || x.id,
    x.id,
    collectiveKindLabel(x.kind, locale),
    collectiveLevelText(x, locale),
  ]);
  return addSheet(out, wb, l.sheetCollectives, columns, rows);
};

/**
 * Renders a report as an XLSX workbook: a metrics sheet (one row per unit and metric, rates and
 * targets as real percentages, target dates as dates) and, when given, the recognition list
 * (unit, name, person id, group, total, points per criterion) in Vietnamese collation order, and
 * the collectives recognised (unit, name, id, kind, level) when given.
 * Header rows are bold, filled, frozen and filtered; columns have widths.
 *
 * @param input - the report
 * @param locale - language of sheet names, headers and texts
 * @returns the workbook bytes (a Buffer in Node)
 * @throws CdhtError `missing_dependency` when the optional dependency exceljs is not installed
 * @category Node
 */
export async function renderXlsx(input: ReportInput, locale: ReportLocale = 'vi'): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      chunks.push(chunk);
      done();
    },
  });
  const list = input.recognitions;
  await writeReportXlsx(sink, input, locale, list ? { criteria: criteriaColumns(list), entries: list } : undefined);
  return Buffer.concat(chunks);
}

/**
 * Writes the XLSX report to a stream through exceljs's streaming writer: the same workbook as
 * {@link renderXlsx}, but the recognition list is read row by row (`recognitions`, in place of
 * `input.recognitions`) and each row is written out at once, so memory does not grow with it.
 *
 * @param out - where the workbook's bytes go
 * @param input - the report (its `recognitions` are not read)
 * @param locale - language of sheet names, headers and texts
 * @param recognitions - the recognition list, when the workbook has one
 * @returns when the workbook is written and `out` ended
 * @throws CdhtError `missing_dependency` when exceljs is not installed
 * @category Node
 */
export async function writeReportXlsx(
  out: Writable,
  input: ReportInput,
  locale: ReportLocale,
  recognitions: RecognitionRows | undefined,
): Promise<void> {
  const Excel = await loadExcelJs();
  const finished = new Promise<void>((resolve, reject) => {
    out.once('finish', resolve);
    out.once('error', reject);
  });
  const wb = new Excel.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true, useSharedStrings: false });
  wb.creator = 'cdht';
  wb.lastModifiedBy = 'Unknown';
  (wb as unknown as { title: string }).title = input.progress.title[locale];
  // Fixed dates keep the workbook's metadata the same for the same report.
  wb.created = utcDate(input.progress.asOf);
  wb.modified = wb.created;
  await metricsSheet(out, wb, input, locale);
  if (recognitions) await recognitionSheet(out, wb, recognitions, locale);
  if (input.collectiveRecognitions) await collectiveSheet(out, wb, input.collectiveRecognitions, locale);
  await wb.commit();
  await finished;
}

/**
 * The XLSX report format (exceljs, loaded on first use). Add it to an engine with {@link xlsxPlugin}.
 *
 * @category Node
 */
export const xlsxFormatter: ReportFormatter = Object.freeze({
  name: 'xlsx',
  extension: 'xlsx',
  mediaType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  format: (report: ReportInput, options: { readonly locale?: ReportLocale }): Promise<Uint8Array> =>
    renderXlsx(report, options.locale ?? 'vi'),
});
