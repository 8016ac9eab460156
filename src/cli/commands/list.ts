import { resolve, sep } from 'node:path';
import { compareVersions, type Framework, type Plan } from '../../index.js';
import { readJsonFile, resolveBundledCriteriaDir } from '../../node.js';

import { listOption, parseCommand } from '../args.js';
import { resolveArgs } from '../bundledIds.js';
import { criteriaSource, isError, loadEngine } from '../criteria.js';
import { type CliIo, ExitCode, println } from '../io.js';
import { issueLine } from '../issues.js';
import { bundledPlanInputs, loadPlanInputs } from '../plans.js';
import { textTable } from '../table.js';

/** One line of `cdht list`: a framework or plan version with its source and dates. */
export interface ListEntry {
  readonly id: string;
  readonly version: string;
  /** Citizen group (frameworks). */
  readonly group?: string;
  /** Where a plan applies, e.g. `huyện Kon Rẫy` (plans). */
  readonly scope?: { readonly vi: string; readonly en: string };
  /** The source document: number and issuer. */
  readonly source: string;
  /** When the source was signed, `yyyy-MM-dd`, when known. */
  readonly signed?: string;
  /** First day in force (frameworks: `effective.from`; plans: `period.from`). */
  readonly from?: string;
  /** Last day in force, when it ends. */
  readonly until?: string;
  /** Whether it ships with cdht (else it was loaded from `--criteria` or `--plan`). */
  readonly bundled: boolean;
}

/** Whether a file lies inside a folder (given with a trailing separator). */
const within = (file: string | undefined, dir: string): boolean => file !== undefined && resolve(file).startsWith(dir);

function frameworkEntry(f: Framework, bundled: boolean): ListEntry {
  return {
    id: f.id,
    version: f.version,
    group: f.group,
    source: f.source ? `${f.source.document}, ${f.source.issuer}` : '',
    ...(f.source?.date ? { signed: f.source.date } : {}),
    ...(f.effective?.from ? { from: f.effective.from } : {}),
    ...(f.effective?.until ? { until: f.effective.until } : {}),
    bundled,
  };
}

function planEntry(p: Plan, bundled: boolean): ListEntry {
  return {
    id: p.id,
    version: p.version,
    scope: p.scope.label,
    source: `${p.source.document}, ${p.source.issuer}`,
    ...(p.source.date ? { signed: p.source.date } : {}),
    from: p.period.from,
    until: p.period.to,
    bundled,
  };
}

const vnDate = (iso: string | undefined, lang: CliIo['lang']): string =>
  iso === undefined ? '' : lang === 'vi' ? iso.split('-').reverse().join('/') : iso;

const byIdVersion = (a: ListEntry, b: ListEntry): number =>
  a.id.localeCompare(b.id, 'vi') || compareVersions(a.version, b.version);

/**
 * `cdht list`: the bundled and loaded frameworks and plans, each version with its group, source
 * document and dates (Vietnamese dates by default; `--json` for machines).
 *
 * @param args - command arguments
 * @param io - streams, language
 * @returns 0, or 1 when a loaded file has errors
 * @category CLI
 */
export async function list(args: readonly string[], io: CliIo): Promise<number> {
  const { values } = parseCommand('list', args, {
    json: { type: 'boolean' },
    criteria: { type: 'string', multiple: true },
    'no-bundled': { type: 'boolean' },
    plan: { type: 'string', multiple: true },
  });
  const dir = resolve(resolveBundledCriteriaDir()) + sep;
  const { engine, issues, inputs } = await loadEngine(
    io,
    criteriaSource(listOption(values, 'criteria'), values['no-bundled'] === true),
  );
  const fromBundled = new Set(
    inputs
      .filter((i) => within(i.file, dir))
      .map((i) => `${(i.json as Framework).id}@${(i.json as Framework).version}`),
  );
  const frameworks = engine
    .frameworks()
    .map((f) => frameworkEntry(f, fromBundled.has(`${f.id}@${f.version}`)))
    .sort(byIdVersion);
  const bundledPlans = await bundledPlanInputs();
  const ownPlans = (await Promise.all(resolveArgs(io.cwd, listOption(values, 'plan'), 'plan').map(readPlan))).filter(
    (p) => !bundledPlans.some((b) => b.file === p.file),
  );
  const loadedPlans = loadPlanInputs([...bundledPlans, ...ownPlans], [], engine);
  const plans = [...loadedPlans.byFile.entries()].map(([file, p]) => planEntry(p, within(file, dir))).sort(byIdVersion);
  const problems = [...issues, ...loadedPlans.issues].filter(isError);
  for (const i of problems) println(io.stderr, issueLine(i, io.lang, io.cwd));

  if (values.json === true) {
    println(io.stdout, JSON.stringify({ frameworks, plans }, null, 2));
  } else {
    const vi = io.lang === 'vi';
    const header = vi
      ? ['Mã', 'Phiên bản', 'Nhóm/phạm vi', 'Văn bản', 'Ngày ban hành', 'Hiệu lực từ', 'đến', 'Có sẵn']
      : ['Id', 'Version', 'Group/scope', 'Source', 'Signed', 'From', 'Until', 'Bundled'];
    const rows = (entries: readonly ListEntry[]) =>
      entries.map((e) => [
        e.id,
        e.version,
        e.group ?? e.scope?.[io.lang] ?? '',
        e.source,
        vnDate(e.signed, io.lang),
        vnDate(e.from, io.lang),
        vnDate(e.until, io.lang),
        e.bundled ? (vi ? 'có' : 'yes') : vi ? 'không' : 'no',
      ]);
    println(io.stdout, `${vi ? 'Bộ tiêu chí' : 'Frameworks'} (${frameworks.length})`);
    for (const line of textTable(header, rows(frameworks))) println(io.stdout, line);
    println(io.stdout, '');
    println(io.stdout, `${vi ? 'Kế hoạch' : 'Plans'} (${plans.length})`);
    for (const line of textTable(header, rows(plans))) println(io.stdout, line);
  }
  return problems.length > 0 ? ExitCode.problems : ExitCode.ok;
}

async function readPlan(file: string): Promise<{ file: string; json: unknown }> {
  return { file, json: await readJsonFile(file) };
}
