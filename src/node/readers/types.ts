import type { Issue } from '../../errors/issue.js';
import type { EvidenceTypes } from '../../evidence/checkField.js';
import type { EvidenceRecord } from '../../format/evidence.js';
import type { EvidenceField } from '../../format/framework.js';

/** File formats the evidence readers understand. @category Evidence */
export type EvidenceFormat = 'json' | 'ndjson' | 'csv' | 'xlsx';

/** Where evidence comes from: a file path or a Node readable stream of bytes. @category Evidence */
export type EvidenceSource = string | NodeJS.ReadableStream | AsyncIterable<Uint8Array | string>;

/**
 * One input row: a valid record (perhaps with warnings) or a rejection, always with its row number.
 *
 * Row numbers are 1-based. For NDJSON they are the physical line number (blank lines count);
 * for JSON, the element's position in the records array; for CSV, the physical line on which the
 * record starts (the header is line 1, so the first data row is 2); for XLSX, the sheet row number
 * (the header is normally row 1).
 *
 * @category Evidence
 */
export type RowResult =
  | { readonly row: number; readonly record: EvidenceRecord; readonly warnings?: readonly Issue[] }
  | {
      readonly row: number;
      readonly rejected: { readonly issues: readonly Issue[]; readonly raw?: unknown };
    };

/** Options of {@link readEvidence}. @category Evidence */
export interface ReadEvidenceOptions {
  /** The format; by default detected from the file extension (a stream needs it). */
  readonly format?: EvidenceFormat | undefined;
  /** The framework's declared evidence fields: checks types and ranges and guides CSV/XLSX coercion. */
  readonly evidence?: Readonly<Record<string, EvidenceField>> | undefined;
  /** Plugin evidence types (`engine.evidenceTypes`): fields of those types are parsed and validated by them. */
  readonly evidenceTypes?: EvidenceTypes | undefined;
  /** Reject a second record with the same id and period (default true; keeps one key per person in memory). */
  readonly detectDuplicates?: boolean | undefined;
  /** File name put in issues; defaults to the path when the source is a path. */
  readonly file?: string | undefined;
  /** Lower (or raise) the readers' caps; see {@link ReaderLimits} for the defaults. */
  readonly limits?: Partial<ReaderLimits> | undefined;
}

/**
 * The caps every reader enforces, so no input can exhaust memory or the stack. A row over a row
 * cap is rejected with its row number and the reading goes on; a file over a file cap (the shared
 * strings of a workbook, its rows) is one error thrown for the whole file. The defaults are in
 * {@link READER_LIMITS}; docs/reliability.md says what the user sees for each. Nesting is capped
 * for every door alike by validation (`EVIDENCE_MAX_DEPTH` of `cdht`, 64), not here.
 *
 * @category Evidence
 */
export interface ReaderLimits {
  /** One CSV field, in UTF-8 bytes (`field_too_large`). */
  readonly fieldBytes: number;
  /** One record: a CSV record, an NDJSON line or an element of a JSON array, in UTF-8 bytes (`record_too_large`). */
  readonly recordBytes: number;
  /** The text of one XLSX cell, in characters; Excel itself stops at 32,767 (`field_too_large`). */
  readonly cellChars: number;
  /** The text of one XLSX row, in characters (`record_too_large`). */
  readonly rowChars: number;
  /** Entries in an XLSX shared-strings table (`xlsx_too_large`, whole file). */
  readonly sharedStrings: number;
  /** Characters in all the shared strings of a workbook together (`xlsx_too_large`, whole file). */
  readonly sharedStringChars: number;
  /** Rows of the XLSX sheet; Excel itself stops at 1,048,576 (`xlsx_too_large`, whole file). */
  readonly rows: number;
  /** Size of an XLSX workbook given as a stream rather than a path, which is held in memory, in bytes. */
  readonly workbookBytes: number;
}

/**
 * The readers' default caps.
 *
 * @example READER_LIMITS.cellChars // 32767
 * @category Evidence
 */
export const READER_LIMITS: ReaderLimits = Object.freeze({
  fieldBytes: 1024 * 1024,
  recordBytes: 4 * 1024 * 1024,
  cellChars: 32_767,
  rowChars: 4 * 1024 * 1024,
  sharedStrings: 2_000_000,
  sharedStringChars: 64 * 1024 * 1024,
  rows: 1_048_576,
  workbookBytes: 256 * 1024 * 1024,
});

/** The defaults with the caller's overrides. @internal */
export function _limits(options: { readonly limits?: Partial<ReaderLimits> | undefined }): ReaderLimits {
  return options.limits ? { ...READER_LIMITS, ...options.limits } : READER_LIMITS;
}

/** A row a format reader parsed, before validation. @internal */
export type _RawRow =
  | { readonly row: number; readonly value: unknown }
  | { readonly row: number; readonly issues: readonly Issue[]; readonly raw?: unknown };
