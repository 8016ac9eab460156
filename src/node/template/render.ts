import type ExcelJS from 'exceljs';
import type { Locale } from '../../format/common.js';
import type { Framework } from '../../format/framework.js';
import { loadExcelJs } from '../xlsx/exceljs.js';
import { type _TemplateCheck, type _TemplateColumn, _templateColumns } from './columns.js';

/** Options of {@link renderEvidenceTemplate}. @category Evidence */
export interface EvidenceTemplateOptions {
  /** `xlsx` (default): a workbook with data validation and an instructions sheet; `csv`: the header and the example row. */
  readonly format?: 'xlsx' | 'csv' | undefined;
  /** Language of the headers and instructions (default `vi`). */
  readonly lang?: Locale | undefined;
  /** Empty rows given data validation in the workbook (default 500). */
  readonly rows?: number | undefined;
}

/** The rows above the header: the title, what the sheet is for, a blank row. */
const TITLE_ROWS = 3;

/**
 * A blank evidence template for a framework, for officers to fill in: Vietnamese headers (English
 * with `lang: 'en'`) that `readEvidence` and `cdht evaluate` read back, one example row marked
 * "Ví dụ" in its STT column (the readers skip it), and for XLSX an instructions sheet and data
 * validation (score ranges, dates, có/không and enumerations as lists). The CSV template uses
 * `;` and a BOM in Vietnamese (Excel's Vietnamese settings), `,` in English.
 *
 * @param framework - the framework (a loaded one: `engine.framework(id)`)
 * @param options - format, language, validated rows
 * @returns the file's bytes
 * @throws CdhtError `missing_dependency` for XLSX without exceljs
 * @example
 * writeFileSync('mau-cdht-resident.xlsx', await renderEvidenceTemplate(engine.framework('cdht-resident')));
 * @category Evidence
 */
export async function renderEvidenceTemplate(
  framework: Framework,
  options: EvidenceTemplateOptions = {},
): Promise<Uint8Array> {
  const lang = options.lang ?? 'vi';
  const columns = _templateColumns(framework, lang);
  if (options.format === 'csv') return new TextEncoder().encode(templateCsv(framework, columns, lang));
  const ExcelJs = await loadExcelJs();
  const wb = new ExcelJs.Workbook();
  wb.creator = 'cdht';
  dataSheet(wb, framework, columns, lang, options.rows ?? 500);
  instructionsSheet(wb, framework, columns, lang);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

function titleOf(framework: Framework, lang: Locale): string {
  return lang === 'vi' ? `PHIẾU NHẬP MINH CHỨNG — ${framework.title.vi}` : `EVIDENCE SHEET — ${framework.title.en}`;
}

function subtitleOf(framework: Framework, lang: Locale): string {
  return lang === 'vi'
    ? `Bộ tiêu chí ${framework.id} phiên bản ${framework.version}. Mỗi dòng một người; xem trang “Hướng dẫn”. Không đổi dòng tiêu đề.`
    : `Framework ${framework.id} version ${framework.version}. One row per person; see the “Instructions” sheet. Keep the header row.`;
}

function exampleText(value: _TemplateColumn['example']): string {
  if (value instanceof Date)
    return `${String(value.getUTCDate()).padStart(2, '0')}/${String(value.getUTCMonth() + 1).padStart(2, '0')}/${value.getUTCFullYear()}`;
  return value === undefined ? '' : String(value);
}

/** A CSV line; cells holding the delimiter, a quote or a line end are quoted. */
function csvLine(cells: readonly string[], delimiter: string): string {
  return cells
    .map((c) => (c.includes(delimiter) || /["\r\n]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c))
    .join(delimiter);
}

function templateCsv(framework: Framework, columns: readonly _TemplateColumn[], lang: Locale): string {
  const d = lang === 'vi' ? ';' : ',';
  const decimal = (v: _TemplateColumn['example']) =>
    typeof v === 'number' && lang === 'vi' ? String(v).replace('.', ',') : exampleText(v);
  const lines = [
    csvLine([titleOf(framework, lang)], d),
    csvLine([subtitleOf(framework, lang)], d),
    '',
    csvLine(
      columns.map((c) => c.header),
      d,
    ),
    csvLine(
      columns.map((c) => decimal(c.example)),
      d,
    ),
  ];
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

function validation(check: _TemplateCheck, lang: Locale): ExcelJS.DataValidation | undefined {
  const error = (vi: string, en: string) => ({
    showErrorMessage: true,
    errorStyle: 'stop',
    errorTitle: lang === 'vi' ? 'Giá trị không hợp lệ' : 'Invalid value',
    error: lang === 'vi' ? vi : en,
  });
  switch (check.kind) {
    case 'number':
    case 'whole': {
      const min = check.min ?? -1e9;
      const max = check.max ?? 1e9;
      return {
        type: check.kind === 'whole' ? 'whole' : 'decimal',
        operator: 'between',
        allowBlank: true,
        formulae: [min, max],
        ...error(`Nhập số từ ${min} đến ${max}.`, `Enter a number from ${min} to ${max}.`),
      } as ExcelJS.DataValidation;
    }
    case 'date':
      return {
        type: 'date',
        operator: 'greaterThan',
        allowBlank: true,
        formulae: [new Date(Date.UTC(1900, 0, 1))],
        ...error('Nhập ngày dd/MM/yyyy.', 'Enter a date.'),
      } as ExcelJS.DataValidation;
    case 'list': {
      const list = check.values.join(',');
      // Excel caps an inline list at 255 characters; a longer one is described in the instructions only.
      if (list.length > 255 || check.values.some((v) => v.includes(','))) return undefined;
      return {
        type: 'list',
        allowBlank: true,
        formulae: [`"${list.replace(/"/g, '""')}"`],
        ...error(`Chọn một trong: ${check.values.join(', ')}.`, `Pick one of: ${check.values.join(', ')}.`),
      } as ExcelJS.DataValidation;
    }
    default:
      return undefined;
  }
}

const HEADER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDDE6F0' } };
const EXAMPLE_FONT: Partial<ExcelJS.Font> = { italic: true, color: { argb: 'FF7A7A7A' } };

function dataSheet(
  wb: ExcelJS.Workbook,
  framework: Framework,
  columns: readonly _TemplateColumn[],
  lang: Locale,
  rows: number,
): void {
  const headerRow = TITLE_ROWS + 1;
  const ws = wb.addWorksheet(lang === 'vi' ? 'Danh sách' : 'List', {
    views: [{ state: 'frozen', ySplit: headerRow, xSplit: 3 }],
    pageSetup: { orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0, paperSize: 9 },
  });
  ws.columns = columns.map((c) => ({ width: c.width }));
  ws.getCell(1, 1).value = titleOf(framework, lang);
  ws.getCell(1, 1).font = { bold: true, size: 13 };
  ws.mergeCells(1, 1, 1, columns.length);
  ws.getCell(2, 1).value = subtitleOf(framework, lang);
  ws.getCell(2, 1).font = { italic: true };
  ws.mergeCells(2, 1, 2, columns.length);
  const header = ws.getRow(headerRow);
  header.values = columns.map((c) => (c.required ? `${c.header} *` : c.header));
  header.font = { bold: true };
  header.alignment = { wrapText: true, vertical: 'middle' };
  header.fill = HEADER_FILL;
  header.height = 45;
  columns.forEach((c, i) => {
    ws.getCell(headerRow, i + 1).note = c.help;
  });
  const example = ws.getRow(headerRow + 1);
  example.values = columns.map((c) => c.example ?? null);
  example.font = EXAMPLE_FONT;
  columns.forEach((c, i) => {
    const cell = ws.getCell(headerRow + 1, i + 1);
    if (c.check.kind === 'date') cell.numFmt = 'dd/mm/yyyy';
    // The id and the year stay text: `001` and `2025` are not numbers to Excel's taste.
    if (c.path === 'id' || c.path === 'period') cell.numFmt = '@';
  });
  columns.forEach((c, i) => {
    const rule = validation(c.check, lang);
    const column = ws.getColumn(i + 1);
    if (c.check.kind === 'date') column.numFmt = 'dd/mm/yyyy';
    if (c.path === 'id' || c.path === 'period') column.numFmt = '@';
    if (!rule) return;
    for (let r = headerRow + 1; r <= headerRow + 1 + rows; r++) ws.getCell(r, i + 1).dataValidation = rule;
  });
  ws.pageSetup.printTitlesRow = `${headerRow}:${headerRow}`;
}

function checkWords(check: _TemplateCheck, lang: Locale): string {
  const vi = lang === 'vi';
  switch (check.kind) {
    case 'number':
    case 'whole':
      return `${vi ? (check.kind === 'whole' ? 'số nguyên' : 'số') : check.kind === 'whole' ? 'whole number' : 'number'}${check.min !== undefined ? ` ≥ ${check.min}` : ''}${check.max !== undefined ? ` ≤ ${check.max}` : ''}`;
    case 'date':
      return vi ? 'ngày dd/MM/yyyy' : 'date dd/MM/yyyy';
    case 'list':
      return check.values.join(' / ');
    case 'json':
      return vi ? 'giá trị JSON' : 'a JSON value';
    default:
      return vi ? 'chữ' : 'text';
  }
}

function instructionsSheet(
  wb: ExcelJS.Workbook,
  framework: Framework,
  columns: readonly _TemplateColumn[],
  lang: Locale,
): void {
  const vi = lang === 'vi';
  const ws = wb.addWorksheet(vi ? 'Hướng dẫn' : 'Instructions', {
    pageSetup: { orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0, paperSize: 9 },
  });
  ws.columns = [{ width: 34 }, { width: 70 }, { width: 28 }, { width: 12 }];
  const lines = vi
    ? [
        `Hướng dẫn nhập phiếu: ${framework.title.vi}`,
        '1. Nhập mỗi người một dòng ở trang “Danh sách”, bắt đầu ngay dưới dòng ví dụ. Không sửa, không xoá dòng tiêu đề.',
        '2. Dòng ví dụ (cột STT ghi “Ví dụ”) không được đánh giá; có thể để nguyên hoặc xoá.',
        '3. Cột có dấu * là bắt buộc. Điểm ghi số (dùng dấu phẩy cho phần thập phân, vd. 7,5); ngày ghi dd/MM/yyyy.',
        '4. Điểm thẩm định (nếu có) thay cho điểm tự đánh giá của cùng chỉ số.',
        `5. Khi xong, đánh giá bằng lệnh: cdht evaluate <tệp>.xlsx --format xlsx --out ket-qua.xlsx --follow-up can-bo-sung.xlsx`,
      ]
    : [
        `How to fill in: ${framework.title.en}`,
        '1. One person per row on the “List” sheet, starting right below the example row. Do not change or delete the header row.',
        '2. The example row (“Example” in the STT column) is not evaluated; keep it or delete it.',
        '3. Columns marked * are required. Scores are numbers; dates are dd/MM/yyyy.',
        '4. A reviewed score (if any) replaces the self-assessed score of the same indicator.',
        '5. Then evaluate: cdht evaluate <file>.xlsx --format xlsx --out results.xlsx --follow-up follow-up.xlsx',
      ];
  for (const line of lines) ws.addRow([line]).font = line === lines[0] ? { bold: true, size: 13 } : {};
  ws.addRow([]);
  const head = ws.addRow(
    vi ? ['Cột', 'Nội dung', 'Giá trị hợp lệ', 'Bắt buộc'] : ['Column', 'What to write', 'Valid values', 'Required'],
  );
  head.font = { bold: true };
  head.fill = HEADER_FILL;
  for (const c of columns) {
    const row = ws.addRow([c.header, c.help, checkWords(c.check, lang), c.required ? (vi ? 'có' : 'yes') : '']);
    row.alignment = { wrapText: true, vertical: 'top' };
  }
}
