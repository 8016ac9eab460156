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
import { loadExcelJs } from './exceljs.js';
import { printLayout } from './pageSetup.js';

type Column = {
  readonly header: string;
  readonly width: number;
  readonly numFmt?: string;
  readonly wrap?: boolean;
};

const utcDate = (iso: string): Date => new Date(`${iso}T00:00:00Z`);

const addSheet = (
  wb: ExcelJS.Workbook,
  name: string,
  columns: readonly Column[],
  rows: readonly (readonly unknown[])[],
): void => {
  const ws = wb.addWorksheet(name, printLayout('landscape'));
  ws.columns = columns.map((c) => ({
    header: c.header,
    width: c.width,
    style: {
      ...(c.numFmt ? { numFmt: c.numFmt } : {}),
      alignment: { vertical: 'top', wrapText: c.wrap ?? false },
    },
  }));
  for (const r of rows) ws.addRow([...r]);
  const header = ws.getRow(1);
  header.font = { bold: true, color: { argb: 'FF1F2D3D' } };
  header.alignment = { vertical: 'middle', wrapText: true };
  header.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDDE6F0' } };
  header.border = { bottom: { style: 'thin', color: { argb: 'FF8A99AA' } } };
  ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: columns.length } };
};

const metricsSheet = (wb: ExcelJS.Workbook, input: ReportInput, locale: ReportLocale): void => {
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
  addSheet(wb, l.sheetMetrics, columns, rows);
};

const recognitionSheet = (wb: ExcelJS.Workbook, entries: readonly RecognitionEntry[], locale: ReportLocale): void => {
  const l = reportLabels(locale);
  const criteria = [...new Set(entries.flatMap((x) => x.criteria.map((c) => c.id)))];
  const columns: Column[] = [
    { header: l.unit, width: 30, wrap: true },
    { header: l.name, width: 28 },
    { header: l.person, width: 16 },
    { header: l.group, width: 30, wrap: true },
    { header: l.total, width: 11 },
    ...criteria.map((id) => ({ header: id, width: 8 })),
  ];
  const rows = entries.map((x) => [
    x.unit.name,
    x.name,
    x.person,
    groupLabel(x.group, locale),
    x.total,
    ...criteria.map((id) => x.criteria.find((c) => c.id === id)?.points ?? null),
  ]);
  addSheet(wb, l.sheetRecognitions, columns, rows);
};

const collectiveSheet = (
  wb: ExcelJS.Workbook,
  entries: readonly CollectiveRecognitionEntry[],
  locale: ReportLocale,
): void => {
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
  addSheet(wb, l.sheetCollectives, columns, rows);
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
  const Excel = await loadExcelJs();
  const wb = new Excel.Workbook();
  wb.creator = 'cdht';
  wb.title = input.progress.title[locale];
  // Fixed dates keep the workbook's metadata the same for the same report.
  wb.created = utcDate(input.progress.asOf);
  wb.modified = wb.created;
  metricsSheet(wb, input, locale);
  if (input.recognitions) recognitionSheet(wb, input.recognitions, locale);
  if (input.collectiveRecognitions) collectiveSheet(wb, input.collectiveRecognitions, locale);
  const bytes: unknown = await wb.xlsx.writeBuffer();
  return bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes as ArrayBuffer);
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
