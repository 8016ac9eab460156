import { createReadStream } from 'node:fs';
import { extname } from 'node:path';
import { CdhtError, issue } from '../../errors/issue.js';
import type { EvidenceFormat, EvidenceSource } from './types.js';

const EXTENSIONS: Readonly<Record<string, EvidenceFormat>> = {
  '.json': 'json',
  '.ndjson': 'ndjson',
  '.jsonl': 'ndjson',
  '.csv': 'csv',
  '.xlsx': 'xlsx',
};

/**
 * Picks the evidence format from an explicit option or a file extension.
 *
 * @param source - the file path or stream
 * @param format - the explicit format, if any
 * @returns the format
 * @throws CdhtError `unknown_format` when neither tells
 * @example detectEvidenceFormat('ho-gia-dinh.jsonl') // 'ndjson'
 * @category Evidence
 */
export function detectEvidenceFormat(source: EvidenceSource, format?: EvidenceFormat): EvidenceFormat {
  if (format) return format;
  const found = typeof source === 'string' ? EXTENSIONS[extname(source).toLowerCase()] : undefined;
  if (found) return found;
  throw new CdhtError([
    issue('unknown_format', [], { kind: 'evidence', source: typeof source === 'string' ? source : null }),
  ]);
}

/** Opens the source as an async iterable of byte chunks. @internal */
export function _openBytes(source: EvidenceSource): AsyncIterable<Uint8Array | string> {
  if (typeof source === 'string') return createReadStream(source, { highWaterMark: 256 * 1024 });
  return source as AsyncIterable<Uint8Array | string>;
}
