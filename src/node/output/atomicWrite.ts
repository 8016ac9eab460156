import { randomBytes } from 'node:crypto';
import { rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/**
 * Writes a file whole or not at all: into a temporary file beside it, then renamed over it, so a
 * crash or a full disk never leaves half a page where the last good one was. The temporary file is
 * removed when anything fails; the error is the system's (`EISDIR`, `ENOSPC` …).
 *
 * @param path - the file
 * @param data - text (UTF-8) or bytes
 * @example await writeFileAtomic('bao-cao.html', html)
 * @category Node
 */
export async function writeFileAtomic(path: string, data: string | Uint8Array): Promise<void> {
  const temp = join(dirname(path), `.${basename(path)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  try {
    await writeFile(temp, data, { flag: 'wx' });
    await rename(temp, path);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
}
