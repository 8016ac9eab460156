import { randomBytes } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import type { RecognitionEntry, ReportLocale } from '../index.js';
import { writeAnnexXlsx } from '../node.js';
import { OutputError } from './outputFile.js';

/**
 * Writes the recognition annex workbook atomically: exceljs's streaming writer fills a temporary
 * file beside the target, renamed over it when the workbook is complete, removed on failure.
 *
 * @param path - absolute path of the `.xlsx` file
 * @param shown - the path as the user typed it, for messages
 * @param entries - the recognition list
 * @param options - year and language
 * @throws OutputError naming the file and the cause
 */
export async function writeAnnexXlsxFile(
  path: string,
  shown: string,
  entries: readonly RecognitionEntry[],
  options: { readonly year: number; readonly locale: ReportLocale },
): Promise<void> {
  const temp = join(dirname(path), `.${basename(path)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  try {
    const stream = createWriteStream(temp, { flags: 'wx' });
    const failed = new Promise<never>((_, reject) => stream.once('error', reject));
    await Promise.race([writeAnnexXlsx(stream, entries, options), failed]);
    await rename(temp, path);
  } catch (error) {
    await rm(temp, { force: true });
    if (error instanceof Error && 'code' in error) throw new OutputError(shown, error);
    throw error;
  }
}
