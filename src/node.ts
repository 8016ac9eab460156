// Node-only helpers (file system): `import { loadCriteria } from 'cdht/node'`. Re-exports only.

export type { ScorerModuleOptions } from './aot/scorerModule.js';
export { compileScorerModule } from './aot/scorerModule.js';
export { evaluateBatch, evaluateNdjson } from './node/batch/batch.js';
export type { BatchDetail, BatchItem, BatchScore } from './node/batch/batchCore.js';
export { evaluateEvidence } from './node/batch/evidence.js';
export type { NdjsonSource } from './node/batch/ndjsonBlocks.js';
export type { TextBatchBlock, TextBatchOptions } from './node/batch/ndjsonText.js';
export { evaluateNdjsonText } from './node/batch/ndjsonText.js';
export type { BatchOptions } from './node/batch/options.js';
export type { TextBatchFormat, TitleOutcomes } from './node/batch/textBlock.js';
export { resolveBundledCriteriaDir } from './node/bundled.js';
export { findFrameworkFiles, loadCriteria, readFrameworkInputs } from './node/criteriaFiles.js';
export { writeFileAtomic } from './node/output/atomicWrite.js';
export type { XlsxTable, XlsxTableColumn, XlsxTableOptions } from './node/output/xlsxTable.js';
export { createXlsxTable } from './node/output/xlsxTable.js';
export type { ImportPluginsOptions } from './node/plugins.js';
export { importPlugins, resolvePluginSpecifier } from './node/plugins.js';
export type { ReadCollectiveRowsOptions } from './node/readers/collectiveRows.js';
export { readCollectiveRows } from './node/readers/collectiveRows.js';
export type { JsonRow, ReadJsonRowsOptions } from './node/readers/jsonRows.js';
export { readJsonRows } from './node/readers/jsonRows.js';
export { readEvidence } from './node/readers/read.js';
export { detectEvidenceFormat } from './node/readers/source.js';
export type {
  EvidenceFormat,
  EvidenceSource,
  ReadEvidenceOptions,
  ReaderLimits,
  RowResult,
} from './node/readers/types.js';
export { READER_LIMITS } from './node/readers/types.js';
export { readUnitTable } from './node/readers/unitTable.js';
export { readJsonFile } from './node/readJson.js';
export { writeAnnexHtml } from './node/report/annexHtml.js';
export type { RecognitionStore, StoredRecognitionList } from './node/report/recognitionStore.js';
export { createRecognitionStore } from './node/report/recognitionStore.js';
export type { EvidenceTemplateOptions } from './node/template/render.js';
export { renderEvidenceTemplate } from './node/template/render.js';
export type { CriteriaDocsCheck } from './node/writeDocs.js';
export { checkCriteriaDocs, writeCriteriaDocs } from './node/writeDocs.js';
export { writeAnnexXlsx } from './node/xlsx/annex.js';
export { xlsxPlugin } from './node/xlsx/plugin.js';
export type { RecognitionRows } from './node/xlsx/report.js';
export { renderXlsx, writeReportXlsx, xlsxFormatter } from './node/xlsx/report.js';
