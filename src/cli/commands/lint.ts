import { resolve } from 'node:path';
import {
  compareVersions,
  createEngine,
  type Framework,
  type FrameworkFile,
  findOverlappingVersions,
  type Issue,
  lintFramework,
  lintScale,
  satisfiesRange,
} from '../../index.js';
import { readFrameworkInputs } from '../../node.js';

import { listOption, needPositionals, parseCommand } from '../args.js';
import { resolveArgs } from '../bundledIds.js';
import { bundledUnderneath } from '../criteria.js';
import { readJsonFiles } from '../files.js';
import { type CliIo, ExitCode, println } from '../io.js';
import { issueJson, issueLine } from '../issues.js';

/**
 * Lints framework files: loads them over the bundled criteria (load problems, such as titles that
 * can never be earned, are reported as found), then runs the static checks on each framework that
 * loaded. Paths in findings point into the files as written (`addIndicators[0]…`).
 *
 * @param paths - files and folders
 * @param io - working folder, plugins
 * @param bundled - load the bundled criteria underneath
 * @param underneath - more framework files to load underneath, not linted (`--criteria`)
 * @returns file count and findings
 */
export async function lintFiles(
  paths: readonly string[],
  io: CliIo,
  bundled = true,
  underneath: readonly string[] = [],
): Promise<{ files: number; issues: Issue[] }> {
  const read = await readJsonFiles(paths, io.cwd);
  const own = read.files.filter((f) => f.kind === 'framework').map((f) => ({ file: f.file, json: f.json }));
  const ownFiles = new Set(own.map((o) => resolve(o.file)));
  const more = await readFrameworkInputs(underneath);
  const extra = more.inputs.filter((i) => !ownFiles.has(resolve(i.file ?? '')));
  const base = [...(bundled ? (await bundledUnderneath([...own, ...extra])).inputs : []), ...extra];
  const engine = createEngine({ plugins: io.plugins, locale: io.lang });
  const loaded = engine.loadAll([...base, ...own]);
  const issues: Issue[] = [
    ...read.issues,
    ...more.issues,
    ...loaded.issues.filter((i) => i.file !== undefined && ownFiles.has(resolve(i.file))),
  ];
  const fileOf = new Map<string, string>();
  const sourceOf = new Map<string, FrameworkFile>();
  for (const o of own) {
    const v = o.json as { id?: unknown; version?: unknown };
    fileOf.set(`${String(v.id)}@${String(v.version)}`, o.file);
    sourceOf.set(`${String(v.id)}@${String(v.version)}`, o.json as FrameworkFile);
  }
  const mine = engine.frameworks().filter((f) => fileOf.has(`${f.id}@${f.version}`));
  const withFile = (list: Issue[], f: Framework): Issue[] =>
    list.map((i) => ({ ...i, file: fileOf.get(`${f.id}@${f.version}`) }));
  for (const f of mine) {
    // Findings point into the file as written, not into the framework resolved from it.
    const source = sourceOf.get(`${f.id}@${f.version}`);
    issues.push(...withFile(lintFramework(engine.compile(f), source), f));
    const parent = f.extends === undefined ? undefined : parentOf(f.extends, engine.frameworks());
    if (parent) issues.push(...withFile(lintScale(f, parent, source), f));
  }
  for (const id of new Set(mine.map((f) => f.id))) {
    const versions = engine.frameworks().filter((f) => f.id === id);
    for (const finding of findOverlappingVersions(versions)) {
      // The finding is on the later version, which its parameters name.
      const file = fileOf.get(finding.params.framework);
      issues.push({
        ...finding,
        file: file ?? fileOf.get(`${id}@${mine.find((m) => m.id === id)?.version}`),
      });
    }
  }
  return { files: read.count, issues };
}

/** The newest loaded framework an `extends` reference (`id@range`) names, as loading chose it. */
function parentOf(ref: string, loaded: readonly Framework[]): Framework | undefined {
  const at = ref.indexOf('@');
  const id = at < 0 ? ref : ref.slice(0, at);
  const range = at < 0 ? '*' : ref.slice(at + 1);
  return loaded
    .filter((f) => f.id === id && satisfiesRange(f.version, range))
    .sort((a, b) => compareVersions(b.version, a.version))[0];
}

/**
 * `cdht lint <files|dirs> [--json]`: static analysis beyond validity. Findings are warnings;
 * any finding (or load problem) makes the exit code 1.
 *
 * @param args - command arguments
 * @param io - streams, language
 * @returns 1 when anything is found, else 0
 * @category CLI
 */
export async function lint(args: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommand('lint', args, {
    json: { type: 'boolean' },
    'no-bundled': { type: 'boolean' },
    criteria: { type: 'string', multiple: true },
  });
  needPositionals('lint', positionals, 1, {
    vi: 'tệp hoặc thư mục bộ tiêu chí',
    en: 'framework files or folders',
  });
  const paths = resolveArgs(io.cwd, positionals, 'framework');
  const { files, issues } = await lintFiles(
    paths,
    io,
    values['no-bundled'] !== true,
    resolveArgs(io.cwd, listOption(values, 'criteria'), 'framework+parents'),
  );
  if (values.json === true) {
    println(
      io.stdout,
      JSON.stringify({ ok: issues.length === 0, files, findings: issues.map((i) => issueJson(i, io.cwd)) }, null, 2),
    );
  } else {
    for (const i of issues) println(io.stdout, issueLine(i, io.lang, io.cwd));
    println(
      io.stderr,
      io.lang === 'vi'
        ? `Đã phân tích ${files} tệp: ${issues.length} phát hiện.`
        : `Linted ${files} file${files === 1 ? '' : 's'}: ${issues.length} finding${issues.length === 1 ? '' : 's'}.`,
    );
  }
  return issues.length > 0 ? ExitCode.problems : ExitCode.ok;
}
