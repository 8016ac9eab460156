import { resolve } from 'node:path';
import { renderEvidenceTemplate } from '../../node.js';

import { choice, listOption, needPositionals, parseCommand, stringOption } from '../args.js';
import { type CliIo, ExitCode, println } from '../io.js';
import { displayPath } from '../issues.js';
import { writeOutputFile } from '../outputFile.js';
import { pickFramework } from '../pickFramework.js';

/**
 * `cdht template <framework> [--format xlsx|csv] [--out <file>]`: a blank evidence sheet for the
 * framework (id, id@version or a framework file), with Vietnamese headers the readers read back,
 * an example row, and for XLSX data validation and an instructions sheet. Written to `--out`, by
 * default `mau-<id>-<version>.<format>` in the working folder.
 *
 * @param args - command arguments
 * @param io - streams, language
 * @returns 0
 * @category CLI
 */
export async function template(args: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommand('template', args, {
    criteria: { type: 'string', multiple: true },
    'no-bundled': { type: 'boolean' },
    format: { type: 'string' },
    out: { type: 'string', short: 'o' },
  });
  needPositionals('template', positionals, 1, { vi: 'mã bộ tiêu chí', en: 'a framework id' });
  const format = choice('template', 'format', stringOption(values, 'format'), ['xlsx', 'csv'] as const, 'xlsx');
  const { framework } = await pickFramework(
    io,
    positionals[0] as string,
    listOption(values, 'criteria'),
    undefined,
    values['no-bundled'] !== true,
  );
  const out = stringOption(values, 'out') ?? `mau-${framework.id}-${framework.version}.${format}`;
  const bytes = await renderEvidenceTemplate(framework, { format, lang: io.lang });
  const path = resolve(io.cwd, out);
  await writeOutputFile(path, out, bytes);
  println(
    io.stderr,
    io.lang === 'vi'
      ? `Đã ghi mẫu phiếu ${framework.id} ${framework.version}: ${displayPath(path, io.cwd)}`
      : `Wrote the ${framework.id} ${framework.version} template: ${displayPath(path, io.cwd)}`,
  );
  return ExitCode.ok;
}
