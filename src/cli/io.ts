import type { Locale, Plugin } from '../index.js';

/** A writable text stream the CLI prints to (process.stdout or a test buffer). */
export interface CliStream {
  write(chunk: string | Uint8Array): boolean;
  once(event: 'drain', listener: () => void): unknown;
  /** True when the stream is a terminal (progress bars are drawn only then). */
  readonly isTTY?: boolean | undefined;
  /** Terminal width, when a terminal. */
  readonly columns?: number | undefined;
}

/**
 * What a command may touch: its output streams, the working folder, the message language and the
 * plugins (the CLI's `xlsxPlugin`, then those named by `--plugin`). Tests pass buffers here to run
 * commands in-process.
 *
 * @category CLI
 */
export interface CliIo {
  readonly stdout: CliStream;
  readonly stderr: CliStream;
  /** Standard input, for an evidence file named `-`. */
  readonly stdin?: NodeJS.ReadableStream | undefined;
  readonly cwd: string;
  readonly lang: Locale;
  readonly plugins: readonly Plugin[];
  /** The `--plugin` modules as importable specifiers (absolute paths or package names), for worker threads. */
  readonly pluginSpecs?: readonly string[] | undefined;
}

/** A command: parses its own arguments and resolves to an exit code (0 ok, 1 problems, 2 usage). @category CLI */
export type Command = (args: readonly string[], io: CliIo) => Promise<number>;

/** Exit codes of `cdht`. @category CLI */
export const ExitCode = { ok: 0, problems: 1, usage: 2 } as const;

/** Thrown for a command-line mistake; `main` prints it with the command's usage line and exits 2. @category CLI */
export class UsageError extends Error {
  readonly text: { readonly vi: string; readonly en: string };
  readonly command: string | undefined;

  constructor(text: { vi: string; en: string }, command?: string) {
    super(text.en);
    this.name = 'UsageError';
    this.text = text;
    this.command = command;
  }
}

/**
 * Writes a line of text to a stream.
 *
 * @param stream - where
 * @param text - the line, without its newline
 */
export function println(stream: CliStream, text = ''): void {
  stream.write(`${text}\n`);
}

/**
 * Writes text and waits for the stream to drain when its buffer is full, so a fast producer
 * never piles rows up in memory.
 *
 * @param stream - where
 * @param text - the text, or bytes (UTF-8)
 */
export async function writeAsync(stream: CliStream, text: string | Uint8Array): Promise<void> {
  if (!stream.write(text)) await new Promise<void>((resolve) => stream.once('drain', resolve));
}
