import { randomBytes } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { rename, rm, stat } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import type { Writable } from 'node:stream';
import { OutputError } from './outputFile.js';

/**
 * Writes a file atomically through a stream, for outputs too large to hold (a workbook written by
 * exceljs's streaming writer, an annex page written unit by unit): `write` fills a temporary file
 * beside the target, renamed over it when complete, removed on failure. A target that exists and
 * is no regular file (`/dev/null`, a named pipe) is written directly, never replaced.
 *
 * @param path - absolute path of the file
 * @param shown - the path as the user typed it, for messages
 * @param write - writes the content to the stream and resolves when it has ended it
 * @throws OutputError naming the file and the cause
 */
export async function writeStreamedFile(
  path: string,
  shown: string,
  write: (out: Writable) => Promise<void>,
): Promise<void> {
  const existing = await stat(path).catch(() => undefined);
  if (existing?.isDirectory())
    throw new OutputError(shown, Object.assign(new Error('is a directory'), { code: 'EISDIR' }));
  const direct = existing !== undefined && !existing.isFile();
  const temp = direct
    ? path
    : join(dirname(path), `.${basename(path)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  try {
    const stream = createWriteStream(temp, { flags: direct ? 'w' : 'wx', highWaterMark: 1 << 20 });
    const failed = new Promise<never>((_, reject) => stream.once('error', reject));
    const closed = new Promise<void>((resolve) => stream.once('close', () => resolve()));
    await Promise.race([write(stream), failed]);
    if (!stream.writableEnded) stream.end();
    await Promise.race([closed, failed]);
    if (!direct) await rename(temp, path);
  } catch (error) {
    if (!direct) await rm(temp, { force: true });
    // System errors (ENOSPC, EACCES…) name the file; the writer's own errors pass through.
    if (error instanceof Error && /^E[A-Z]+$/u.test(String((error as NodeJS.ErrnoException).code)))
      throw new OutputError(shown, error);
    throw error;
  }
}
