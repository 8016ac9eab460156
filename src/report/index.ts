// Reports: re-exports only.
export type { HistoryPoint, RecognitionEntry, RecognitionScore, ReportFormatOptions, ReportFormatter, ReportInput, ReportLocale, ReportOutput } from './types.js';
export { builtinFormatters, renderReport } from './render.js';
export { recognitionList } from './recognition.js';
export type { RecognitionOptions } from './recognition.js';
export { historyFromReports } from './history.js';
export { reportRows } from './rows.js';
export type { ReportRow } from './rows.js';
export { reportLabels, statusLabel } from './labels.js';
export type { ReportLabels } from './labels.js';
export { csvCell, csvDocument, csvFormatter } from './csv.js';
export type { CsvCell } from './csv.js';
export { markdownEscape, markdownFormatter, renderMarkdown } from './markdown.js';
export { htmlEscape } from './escape.js';
export { htmlFormatter, renderHtml } from './html.js';
export { renderXlsx, xlsxFormatter } from './xlsx.js';
export { jsonFormatter, reportJson } from './json.js';
