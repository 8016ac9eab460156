import { resolve } from 'node:path';
import { CdhtError, type Issue } from '../../index.js';
import { compileScorerModule } from '../../node.js';

import { listOption, needPositionals, parseCommand, stringOption } from '../args.js';
import { type CliIo, ExitCode, println } from '../io.js';
import { displayPath } from '../issues.js';
import { writeOutputFile } from '../outputFile.js';
import { pickFramework } from '../pickFramework.js';

/**
 * `cdht compile <framework> [--out <file>] [--runtime <module>] [--criteria …] [--no-bundled]`:
 * writes a standalone ES module that scores records of the framework (id, id@version or a framework
 * file) exactly as the engine's `createScorer` does, with its rules as JavaScript — loadable where
 * `eval` is not allowed. Written atomically to `--out`, by default `scorer-<id>-<version>.mjs`.
 *
 * @param args - command arguments
 * @param io - streams, language
 * @returns 0, or 1 when the criteria have errors or the framework cannot be compiled
 * @category CLI
 */
export async function compile(args: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommand('compile', args, {
    criteria: { type: 'string', multiple: true },
    'no-bundled': { type: 'boolean' },
    out: { type: 'string', short: 'o' },
    runtime: { type: 'string' },
  });
  needPositionals('compile', positionals, 1, { vi: 'mã bộ tiêu chí', en: 'a framework id' });
  const { engine, framework } = await pickFramework(
    io,
    positionals[0] as string,
    listOption(values, 'criteria'),
    undefined,
    values['no-bundled'] !== true,
  );
  // Refuses (aot_unsupported) before anything is written: a plugin's operator, a collective framework.
  // The issues name the framework file given, or the framework's id@version.
  const name = positionals[0] as string;
  let source: string;
  try {
    source = compileScorerModule(engine.compile(framework), { runtime: stringOption(values, 'runtime') });
  } catch (error) {
    if (!(error instanceof CdhtError)) throw error;
    const file = name.endsWith('.json') ? name : `${framework.id}@${framework.version}`;
    throw new CdhtError(error.issues.map((i) => ({ ...i, file })) as [Issue, ...Issue[]]);
  }
  const out = stringOption(values, 'out') ?? `scorer-${framework.id}-${framework.version}.mjs`;
  const path = resolve(io.cwd, out);
  await writeOutputFile(path, out, source);
  println(
    io.stderr,
    io.lang === 'vi'
      ? `Đã biên dịch ${framework.id} ${framework.version} thành mô-đun chấm điểm: ${displayPath(path, io.cwd)}`
      : `Compiled ${framework.id} ${framework.version} to a scoring module: ${displayPath(path, io.cwd)}`,
  );
  return ExitCode.ok;
}
