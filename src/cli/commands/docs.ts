import { mkdir } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import {
  buildCriteriaDocPath,
  CdhtError,
  findPreviousVersion,
  renderCriteriaIndex,
  renderFrameworkHtml,
  renderFrameworkMarkdown,
} from '../../index.js';
import { readFrameworkInputs } from '../../node.js';

import { choice, listOption, needPositionals, parseCommand, stringOption } from '../args.js';
import { resolveArgs } from '../bundledIds.js';
import { criteriaSource, isError, loadEngine } from '../criteria.js';
import { type CliIo, ExitCode, println, UsageError } from '../io.js';
import { displayPath } from '../issues.js';
import { writeOutputFile } from '../outputFile.js';

/**
 * `cdht docs <criteria…> --out <dir> [--format md|html]`: one page per framework version named
 * (in the `--lang` language) plus an index page. Frameworks they extend come from the bundled
 * criteria when not given.
 *
 * @param args - command arguments
 * @param io - streams, language
 * @returns 0, or 1 when the criteria have errors
 * @category CLI
 */
export async function docs(args: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommand('docs', args, {
    out: { type: 'string', short: 'o' },
    format: { type: 'string' },
    criteria: { type: 'string', multiple: true },
    'no-bundled': { type: 'boolean' },
  });
  needPositionals('docs', positionals, 1, {
    vi: 'tệp hoặc thư mục bộ tiêu chí',
    en: 'framework files or folders',
  });
  const out = stringOption(values, 'out');
  if (out === undefined) throw new UsageError({ vi: 'thiếu --out <thư mục>', en: 'missing --out <dir>' }, 'docs');
  const format = choice('docs', 'format', stringOption(values, 'format'), ['md', 'html'] as const, 'md');
  const { engine, issues } = await loadEngine(
    io,
    criteriaSource([...listOption(values, 'criteria'), ...positionals], values['no-bundled'] === true),
  );
  const errors = issues.filter(isError);
  const [first, ...rest] = errors;
  if (first) throw new CdhtError([first, ...rest]);
  const named = await readFrameworkInputs(resolveArgs(io.cwd, positionals, 'framework'));
  const keys = new Set(
    named.inputs.map((i) => {
      const v = i.json as { id?: unknown; version?: unknown };
      return `${String(v.id)}@${String(v.version)}`;
    }),
  );
  const all = engine.frameworks();
  const chosen = all.filter((f) => keys.has(`${f.id}@${f.version}`));
  const dir = resolve(io.cwd, out);
  const options = { locale: io.lang, operators: engine.operators, groups: engine.groups };
  for (const f of chosen) {
    const path = join(dir, buildCriteriaDocPath(f, io.lang, format));
    const previous = findPreviousVersion(f, all);
    const page =
      format === 'md'
        ? renderFrameworkMarkdown(f, { ...options, previous })
        : renderFrameworkHtml(f, { ...options, previous });
    await mkdir(dirname(path), { recursive: true });
    await writeOutputFile(path, displayPath(path, io.cwd), page);
    println(io.stdout, displayPath(path, io.cwd));
  }
  const index = join(dir, `index.${io.lang}.${format}`);
  await mkdir(dir, { recursive: true });
  await writeOutputFile(
    index,
    displayPath(index, io.cwd),
    renderCriteriaIndex(chosen, { locale: io.lang, format, groups: engine.groups }),
  );
  println(io.stdout, displayPath(index, io.cwd));
  println(
    io.stderr,
    io.lang === 'vi'
      ? `Đã viết tài liệu cho ${chosen.length} bộ tiêu chí vào ${displayPath(dir, io.cwd)}.`
      : `Wrote documentation of ${chosen.length} framework${chosen.length === 1 ? '' : 's'} to ${displayPath(dir, io.cwd)}.`,
  );
  return ExitCode.ok;
}
