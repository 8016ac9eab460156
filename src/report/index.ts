// Reports: re-exports only.

export type { AnnexRow } from './annex.js';
export { buildAnnex, renderAnnexHtml } from './annex.js';
export type { CollectiveRecognitionOptions } from './collectiveRecognition.js';
export { buildCollectiveRecognitionList } from './collectiveRecognition.js';
export type { CsvCell } from './csv.js';
export { csvCell, csvDocument, csvFormatter } from './csv.js';
export { htmlEscape } from './escape.js';
export { compareGivenNames } from './givenName.js';
export { buildHistory } from './history.js';
export { htmlFormatter, renderHtml } from './html.js';
export { jsonFormatter, reportJson } from './json.js';
export type { ReportLabels } from './labels.js';
export { reportLabels, statusLabel } from './labels.js';
export { markdownEscape, markdownFormatter, renderMarkdown } from './markdown.js';
export type { RecognitionOptions } from './recognition.js';
export { buildRecognitionList } from './recognition.js';
export type { RecognitionStatusOptions, UnitRecognitionStatus, WaitingStep } from './recognitionStatus.js';
export { buildRecognitionStatus } from './recognitionStatus.js';
export { builtinFormatters, renderReport } from './render.js';
export type { ReportRow } from './rows.js';
export { buildReportRows } from './rows.js';
export type {
  CollectiveRecognitionEntry,
  FileQuality,
  HistoryPoint,
  RecognitionEntry,
  RecognitionScore,
  ReportFormatOptions,
  ReportFormatter,
  ReportInput,
  ReportLocale,
  ReportOutput,
} from './types.js';
