import { resolve } from 'node:path';
import {
  createEngine,
  type Issue,
  loadRecognitionPolicy,
  loadUnitMapping,
  loadUnits,
  parseCaseFile,
  toolingIssue,
} from '../../index.js';
import { listOption, needPositionals, parseCommand } from '../args.js';
import { resolveArgs } from '../bundledIds.js';
import { bundledUnderneath, isError } from '../criteria.js';
import { type JsonFile, readJsonFiles } from '../files.js';
import { type CliIo, ExitCode, println } from '../io.js';
import { issueJson, issueLine } from '../issues.js';
import { bundledPlanInputs, loadPlanInputs } from '../plans.js';

/** Everything validate found, for the text and JSON outputs. */
export interface ValidationOutcome {
  readonly files: number;
  readonly issues: readonly Issue[];
}

/**
 * Checks framework, plan, case, recognition-policy, units and unit-mapping files: every problem of
 * every file. Frameworks load on top of
 * the bundled criteria (so `extends` resolves) and case files must name a loaded framework.
 *
 * @param paths - files and folders
 * @param io - working folder, plugins
 * @param extraCriteria - more framework files/folders to load underneath (`--criteria`)
 * @param bundled - load the bundled criteria and plans underneath (false: `--no-bundled`)
 * @returns file count and issues of the named files only
 */
export async function validateFiles(
  paths: readonly string[],
  io: CliIo,
  extraCriteria: readonly string[] = [],
  bundled = true,
): Promise<ValidationOutcome> {
  const read = await readJsonFiles(paths, io.cwd);
  const issues: Issue[] = [...read.issues];
  const byKind = (k: JsonFile['kind']): JsonFile[] => read.files.filter((f) => f.kind === k);
  for (const f of byKind('unknown')) {
    issues.push(toolingIssue('unknown_file_kind', [], {}, { file: f.file }));
  }

  const own = byKind('framework').map((f) => ({ file: f.file, json: f.json }));
  const extra = extraCriteria.length > 0 ? await readJsonFiles(extraCriteria, io.cwd) : { files: [], issues: [] };
  const extraInputs = extra.files
    .filter((f) => f.kind === 'framework' && !own.some((o) => o.file === f.file))
    .map((f) => ({ file: f.file, json: f.json }));
  const base = bundled ? await bundledUnderneath([...own, ...extraInputs]) : { inputs: [], issues: [] };
  const engine = createEngine({ plugins: io.plugins, locale: io.lang });
  const ownFiles = new Set(own.map((o) => resolve(o.file)));
  const loaded = engine.loadAll([...base.inputs, ...extraInputs, ...own]);
  issues.push(...loaded.issues.filter((i) => i.file !== undefined && ownFiles.has(resolve(i.file))));

  const plans = byKind('plan').map((f) => ({ file: f.file, json: f.json }));
  if (plans.length > 0) {
    const mine = new Set(plans.map((p) => p.file));
    const underneath = bundled ? (await bundledPlanInputs()).filter((b) => !mine.has(b.file)) : [];
    const parents = loadPlanInputs(underneath);
    issues.push(...loadPlanInputs(plans, [...parents.byFile.values()]).issues);
  }

  const loaders = { policy: loadRecognitionPolicy, units: loadUnits, mapping: loadUnitMapping } as const;
  for (const kind of ['policy', 'units', 'mapping'] as const) {
    for (const f of byKind(kind)) {
      const r = loaders[kind](f.json, { file: f.file });
      if (!r.success) issues.push(...r.issues);
    }
  }

  const ids = new Set(engine.frameworks().map((f) => f.id));
  for (const f of byKind('cases')) {
    const parsed = parseCaseFile(f.json, f.file);
    issues.push(...parsed.issues);
    if (parsed.caseFile && !ids.has(parsed.caseFile.framework)) {
      issues.push(
        toolingIssue(
          'unknown_framework',
          ['framework'],
          { kind: 'cases', id: parsed.caseFile.framework },
          { file: f.file },
        ),
      );
    }
  }
  return { files: read.count, issues };
}

/**
 * `cdht validate <files|dirs> [--json]`: prints `file:json-path: code message` per problem.
 *
 * @param args - command arguments
 * @param io - streams, language
 * @returns 1 when any file has an error, else 0
 * @category CLI
 */
export async function validate(args: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommand('validate', args, {
    json: { type: 'boolean' },
    criteria: { type: 'string', multiple: true },
    'no-bundled': { type: 'boolean' },
  });
  needPositionals('validate', positionals, 1, {
    vi: 'tệp hoặc thư mục cần kiểm tra',
    en: 'files or folders to check',
  });
  const outcome = await validateFiles(
    resolveArgs(io.cwd, positionals, 'any'),
    io,
    resolveArgs(io.cwd, listOption(values, 'criteria'), 'framework+parents'),
    values['no-bundled'] !== true,
  );
  const errors = outcome.issues.filter(isError).length;
  const warnings = outcome.issues.length - errors;
  if (values.json === true) {
    println(
      io.stdout,
      JSON.stringify(
        {
          ok: errors === 0,
          files: outcome.files,
          errors,
          warnings,
          issues: outcome.issues.map((i) => issueJson(i, io.cwd)),
        },
        null,
        2,
      ),
    );
  } else {
    for (const i of outcome.issues) println(io.stdout, issueLine(i, io.lang, io.cwd));
    println(
      io.stderr,
      io.lang === 'vi'
        ? `Đã kiểm tra ${outcome.files} tệp: ${errors} lỗi, ${warnings} cảnh báo.`
        : `Checked ${outcome.files} file${outcome.files === 1 ? '' : 's'}: ${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}.`,
    );
  }
  return errors > 0 ? ExitCode.problems : ExitCode.ok;
}
