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
}

/** A row a format reader parsed, before validation. @internal */
export type _RawRow =
  | { readonly row: number; readonly value: unknown }
  | { readonly row: number; readonly issues: readonly Issue[]; readonly raw?: unknown };
