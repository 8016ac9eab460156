import type { Entry, ZipFile } from 'yauzl';
import type { CdhtError } from '../../../errors/issue.js';
import { _wholeFile, _xlsxTooLarge } from '../issues.js';
import { _XmlError } from './xml.js';

/** A workbook's zip, opened for reading entries in any order. @internal */
export interface _Zip {
  readonly entries: ReadonlyMap<string, Entry>;
  /** The entry's text, decoded as UTF-8 as it is inflated; at most `maxBytes` inflated bytes. */
  text(entry: Entry, maxBytes: number): AsyncGenerator<string>;
  close(): void;
}

// A workbook has a dozen parts; tens of thousands would only be a way to spend memory.
const MAX_ENTRIES = 10_000;

/**
 * Opens a workbook's zip with yauzl: from the central directory, so parts are read in the order
 * the reader needs (shared strings before the sheet) whatever their order in the file, and each
 * part's inflated size is checked against the size the directory declares.
 *
 * @internal
 */
export async function _openZip(source: string | Buffer): Promise<_Zip> {
  const yauzl = await import('yauzl');
  const options = { lazyEntries: true, autoClose: false, validateEntrySizes: true, decodeStrings: true };
  const zip = await new Promise<ZipFile>((resolve, reject) => {
    const done = (error: Error | null, file?: ZipFile) => (error || !file ? reject(error) : resolve(file));
    if (typeof source === 'string') yauzl.open(source, options, done);
    else yauzl.fromBuffer(source, options, done);
  });
  try {
    const entries = await list(zip);
    return {
      entries,
      text: (entry, maxBytes) => text(zip, entry, maxBytes),
      close: () => zip.close(),
    };
  } catch (error) {
    zip.close();
    throw error;
  }
}

function list(zip: ZipFile): Promise<Map<string, Entry>> {
  return new Promise((resolve, reject) => {
    const entries = new Map<string, Entry>();
    zip.on('entry', (entry: Entry) => {
      entries.set(entry.fileName.replace(/^\/+/, ''), entry);
      if (entries.size > MAX_ENTRIES) {
        reject(new _XmlError({ kind: 'too_many_parts', limit: MAX_ENTRIES }));
        return;
      }
      zip.readEntry();
    });
    zip.once('end', () => resolve(entries));
    zip.once('error', reject);
    zip.readEntry();
  });
}

async function* text(zip: ZipFile, entry: Entry, maxBytes: number): AsyncGenerator<string> {
  if (entry.uncompressedSize > maxBytes) throw tooBig(entry, maxBytes);
  const stream = await new Promise<NodeJS.ReadableStream>((resolve, reject) =>
    zip.openReadStream(entry, (error, s) => (error || !s ? reject(error) : resolve(s))),
  );
  const decoder = new TextDecoder('utf-8');
  let size = 0;
  try {
    for await (const chunk of stream) {
      size += (chunk as Buffer).length;
      if (size > maxBytes) throw tooBig(entry, maxBytes);
      const piece = decoder.decode(chunk as Buffer, { stream: true });
      if (piece) yield piece;
    }
    const rest = decoder.decode();
    if (rest) yield rest;
  } finally {
    // Stop inflating at once when the reader stops early (a cap, or the caller broke off).
    (stream as unknown as { destroy(): void }).destroy();
  }
}

function tooBig(entry: Entry, maxBytes: number): CdhtError {
  return _wholeFile(_xlsxTooLarge({ kind: 'part', part: entry.fileName, limit: maxBytes }));
}
