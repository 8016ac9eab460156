import { randomBytes } from 'node:crypto';
import { closeSync, createWriteStream, openSync, type WriteStream, writeSync } from 'node:fs';
import { rename, rm, stat, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import type { Locale } from '../index.js';
import { writeFileAtomic } from '../node.js';
import type { CliStream } from './io.js';

/**
 * A file the CLI could not write: where (as the user typed it), the system's code and message.
 * `main` prints it in the user's language and exits 1.
 */
export class OutputError extends Error {
  readonly file: string;
  readonly errno: string | undefined;

  constructor(file: string, cause: unknown) {
    const e = cause as NodeJS.ErrnoException;
    super(`cannot write ${file}: ${e?.message ?? String(cause)}`, { cause });
    this.name = 'OutputError';
    this.file = file;
    this.errno = typeof e?.code === 'string' ? e.code : undefined;
  }
}

const WHY: Readonly<Record<string, readonly [vi: string, en: string]>> = {
  ENOENT: ['thư mục không tồn tại', 'the folder does not exist'],
  ENOTDIR: ['một phần của đường dẫn không phải thư mục', 'a part of the path is not a folder'],
  EISDIR: ['đây là một thư mục, cần một tệp', 'it is a folder, a file is needed'],
  EACCES: ['không có quyền ghi', 'permission denied'],
  EPERM: ['không được phép ghi', 'not permitted'],
  EROFS: ['hệ thống tệp chỉ đọc', 'the file system is read-only'],
  ENOSPC: ['hết chỗ trống trên đĩa', 'no space left on the device'],
  EDQUOT: ['vượt hạn mức đĩa', 'disk quota exceeded'],
  EIO: ['lỗi vào/ra của thiết bị', 'input/output error of the device'],
  EPIPE: ['nơi nhận đã đóng', 'the receiving end was closed'],
};

/**
 * The line that tells why a file (or standard output, `file` undefined) could not be written.
 *
 * @param file - the file as the user typed it, or undefined for standard output
 * @param errno - the system's error code (`ENOSPC`, …)
 * @param detail - the system's message, used when the code has no words here
 * @param lang - language
 * @returns e.g. `cdht: cannot write nodir/x.ndjson: the folder does not exist (ENOENT)`
 */
export function outputErrorLine(
  file: string | undefined,
  errno: string | undefined,
  detail: string,
  lang: Locale,
): string {
  const words = errno === undefined ? undefined : WHY[errno];
  const why = `${words ? words[lang === 'vi' ? 0 : 1] : detail}${errno ? ` (${errno})` : ''}`;
  if (lang === 'vi') return `cdht: không ghi được ${file ?? 'đầu ra chuẩn (stdout)'}: ${why}`;
  return `cdht: cannot write ${file ?? 'standard output'}: ${why}`;
}

/** An output file being written: its stream, then `commit` (all written, in place) or `abort` (nothing left). */
export interface OutputFile {
  readonly stream: CliStream;
  /** Finishes writing and puts the file under its name; throws {@link OutputError} when any write failed. */
  commit(): Promise<void>;
  /** Stops writing and removes what was written (a temporary file; a device is left as it is). */
  abort(): Promise<void>;
  /** Each write has copied (or written) the bytes when it returns: the caller may then reuse them. */
  readonly copies?: boolean;
}

/**
 * Whether {@link openOutputFile} will write `path` from this thread, through a temporary file
 * (its `copies` is then true): the path is a regular file, or nothing yet.
 */
export async function writtenHere(path: string): Promise<boolean> {
  const existing = await stat(path).catch(() => undefined);
  return existing === undefined || existing.isFile();
}

/**
 * Opens an output file for writing, atomically: the text goes to a temporary file beside the
 * target (`.name.<pid>.<random>.tmp`), renamed over the target by `commit`, so the target holds the
 * whole output or is left as it was. A target that exists and is no regular file (`/dev/null`, a
 * named pipe) is written directly. Every write and close error is kept and thrown by `commit` (a
 * write waiting for `drain` is released at once), naming the file.
 *
 * @param path - the absolute path
 * @param shown - the path as the user typed it, for messages
 * @returns the open file
 * @throws OutputError when the file cannot be created (missing folder, a folder, no permission)
 */
export async function openOutputFile(path: string, shown: string): Promise<OutputFile> {
  const existing = await stat(path).catch(() => undefined);
  if (existing?.isDirectory()) {
    throw new OutputError(shown, Object.assign(new Error('is a directory'), { code: 'EISDIR' }));
  }
  if (existing === undefined || existing.isFile()) {
    const temp = join(dirname(path), `.${basename(path)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
    return fileWrittenHere(path, shown, temp);
  }
  // A device or a named pipe, written directly through a stream (it may block; there is nothing to
  // rename). A large buffer: evaluations are ~1–2 KB each, and waiting for 'drain' every few rows idles the CPU.
  const file: WriteStream = createWriteStream(path, { flags: 'w', highWaterMark: 1 << 20 });
  let failure: unknown;
  let waiting: (() => void)[] = [];
  const release = () => {
    const all = waiting;
    waiting = [];
    for (const w of all) w();
  };
  file.on('drain', release);
  file.on('error', (error) => {
    failure ??= error;
    release();
  });
  const closed = new Promise<void>((resolve) => file.once('close', () => resolve()));
  await new Promise<void>((resolve) => {
    file.once('ready', () => resolve());
    void closed.then(() => resolve());
  });
  if (failure !== undefined) throw new OutputError(shown, failure);
  return {
    stream: {
      write(chunk: string | Uint8Array): boolean {
        if (failure !== undefined) throw new OutputError(shown, failure);
        return file.write(chunk);
      },
      once(_event: 'drain', listener: () => void) {
        if (failure !== undefined) listener();
        else waiting.push(listener);
        return this;
      },
    },
    async commit() {
      if (!file.closed && !file.destroyed) file.end();
      await closed;
      if (failure !== undefined) throw new OutputError(shown, failure);
    },
    async abort() {
      file.destroy();
      await closed;
    },
  };
}

/** Bytes gathered before a write: rows are small, one system call each would cost more than the rows. */
const GATHER = 64 * 1024;

/**
 * A temporary file written by this thread, through a buffer it reuses: each write is copied (or
 * encoded) into the buffer and the buffer written when full, at once. A stream would keep every
 * chunk until the file system took it, in its own queue; chunks that wait there outlive two young
 * collections, are moved to the old generation and, for bytes, keep their ArrayBuffers until a
 * full collection — at a million rows, up to ~60 MB of written output held in the command line's
 * peak. Written here, a chunk is garbage as soon as it is copied. (A regular file takes the bytes
 * at once; devices and named pipes, which may block, keep the stream.) The first error is kept,
 * nothing more is written, and `commit` throws it, as with the stream.
 */
function fileWrittenHere(path: string, shown: string, temp: string): OutputFile {
  let fd: number;
  try {
    fd = openSync(temp, 'wx');
  } catch (error) {
    throw new OutputError(shown, error);
  }
  let open = true;
  let failure: unknown;
  const buffer = Buffer.allocUnsafe(GATHER);
  let used = 0;
  const writeAll = (bytes: Uint8Array) => {
    if (failure !== undefined) return;
    try {
      for (let at = 0; at < bytes.length; ) at += writeSync(fd, bytes, at, bytes.length - at);
    } catch (error) {
      failure = error;
    }
  };
  const flush = () => {
    if (used === 0) return;
    writeAll(buffer.subarray(0, used));
    used = 0;
  };
  const close = () => {
    if (!open) return;
    open = false;
    try {
      closeSync(fd);
    } catch (error) {
      failure ??= error;
    }
  };
  const removeTemp = () => rm(temp, { force: true });
  return {
    stream: {
      write(chunk: string | Uint8Array): boolean {
        if (failure !== undefined || !open) throw new OutputError(shown, failure ?? new Error('closed'));
        if (typeof chunk === 'string') {
          // A UTF-8 byte per UTF-16 unit at best, three at most: encoded into the buffer when it fits.
          if (used + chunk.length * 3 > GATHER) flush();
          if (chunk.length * 3 <= GATHER) used += buffer.write(chunk, used);
          else writeAll(Buffer.from(chunk));
        } else if (used + chunk.length <= GATHER) {
          buffer.set(chunk, used);
          used += chunk.length;
        } else {
          flush();
          if (chunk.length < GATHER / 2) {
            buffer.set(chunk, 0);
            used = chunk.length;
          } else writeAll(chunk);
        }
        return true;
      },
      once(_event: 'drain', listener: () => void) {
        listener();
        return this;
      },
    },
    copies: true,
    async commit() {
      if (open) flush();
      close();
      if (failure !== undefined) {
        await removeTemp();
        throw new OutputError(shown, failure);
      }
      try {
        await rename(temp, path);
      } catch (error) {
        await removeTemp();
        throw new OutputError(shown, error);
      }
    },
    async abort() {
      close();
      await removeTemp();
    },
  };
}

/**
 * Writes a whole output at once, atomically as {@link openOutputFile} does.
 *
 * @param path - the absolute path
 * @param shown - the path as the user typed it, for messages
 * @param data - text (UTF-8) or bytes
 * @throws OutputError naming the file and the cause
 */
export async function writeOutputFile(path: string, shown: string, data: string | Uint8Array): Promise<void> {
  const existing = await stat(path).catch(() => undefined);
  if (existing?.isDirectory()) {
    throw new OutputError(shown, Object.assign(new Error('is a directory'), { code: 'EISDIR' }));
  }
  if (existing !== undefined && !existing.isFile()) {
    await writeFile(path, data).catch((error: unknown) => {
      throw new OutputError(shown, error);
    });
    return;
  }
  await writeFileAtomic(path, data).catch((error: unknown) => {
    throw new OutputError(shown, error);
  });
}
