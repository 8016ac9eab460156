import { statSync } from 'node:fs';
import { resolve } from 'node:path';
import { UsageError } from './io.js';

/** A path a command reads or writes: the option it came from (`--out`, or a label for inputs) and the path as typed. */
export interface NamedPath {
  /** `--out`, `--rejects`, …; for inputs, what the file is (`the evidence file`, `an input`). */
  readonly option: { readonly vi: string; readonly en: string };
  readonly path: string;
}

/** A file's identity: its device and inode when it exists (so links and other spellings match), else its resolved path. */
function identity(cwd: string, path: string): string {
  const full = resolve(cwd, path);
  try {
    const s = statSync(full);
    if (s.isFile()) return `${s.dev}:${s.ino}`;
    return `dev:${full}`;
  } catch {
    return `path:${full}`;
  }
}

/**
 * Refuses a command whose output would overwrite one of its inputs or another of its outputs
 * (`cdht evaluate in.ndjson --out in.ndjson` emptied its input), before anything is read or
 * written. A device (`/dev/null`) may be named twice.
 *
 * @param command - the command, for the usage line
 * @param cwd - the working folder
 * @param outputs - the outputs given
 * @param inputs - the files read
 * @throws UsageError (exit 2) naming both
 */
export function checkOutputPaths(
  command: string,
  cwd: string,
  outputs: readonly NamedPath[],
  inputs: readonly NamedPath[],
): void {
  const seen = new Map<string, NamedPath>();
  for (const input of inputs) seen.set(identity(cwd, input.path), input);
  for (const output of outputs) {
    const key = identity(cwd, output.path);
    const before = key.startsWith('dev:') ? undefined : seen.get(key);
    if (before !== undefined) {
      const isInput = inputs.includes(before);
      throw new UsageError(
        {
          vi: `${output.option.vi} ${output.path} cũng là ${before.option.vi}; ghi vào đó sẽ làm mất ${isInput ? 'dữ liệu đầu vào' : 'kết quả kia'}`,
          en: `${output.option.en} ${output.path} is also ${before.option.en}; writing it would destroy ${isInput ? 'the input' : 'the other output'}`,
        },
        command,
      );
    }
    seen.set(key, output);
  }
}
