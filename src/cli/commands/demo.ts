import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import {
  aggregate,
  CdhtError,
  type CollectiveBatchItem,
  type CollectiveEvaluation,
  computeProgress,
  type Evaluation,
  formatCount,
  formatNumber,
  formatShare,
  type Issue,
  type Locale,
  mergeAggregates,
  rollUpPopulation,
  type TitleDecision,
  toolingIssue,
} from '../../index.js';
import { evaluateEvidence, readJsonFile, readJsonRows, resolveBundledCriteriaDir } from '../../node.js';
import { aggregateFiles } from '../aggregateFiles.js';
import { parseCommand } from '../args.js';
import { batchCounter } from '../batchSummary.js';
import { collectiveTable } from '../collectiveTable.js';
import { isError, loadEngine } from '../criteria.js';
import { type CliIo, ExitCode, println, UsageError } from '../io.js';
import { loadPlanFile } from '../plans.js';
import { textTable } from '../table.js';
import { summaryLine } from './evaluate.js';

/** The items, keeping each collective decided (the sample has about 1,400). */
async function* keeping(
  items: AsyncIterable<CollectiveBatchItem>,
  into: CollectiveEvaluation[],
): AsyncGenerator<CollectiveBatchItem> {
  for await (const item of items) {
    if (item.kind === 'collective') into.push(item.evaluation);
    yield item;
  }
}

/**
 * The sample's collectives against the Kon Tum plan 1514/KH-UBND's 2025 targets (learning families,
 * clans, village communities, commune units; adults and commune staff titled), for the district the
 * sample covers; the collectives and people registered stand in for the population, as the report says.
 */
async function provincialProgress(criteria: string, rows: readonly unknown[], lang: Locale): Promise<string[]> {
  const planFile = join(criteria, 'plans', 'kon-tum-1514-2022.json');
  if (!existsSync(planFile)) return [];
  const { plan, issues } = await loadPlanFile(planFile);
  if (!plan) throw new CdhtError(issues as [(typeof issues)[number], ...typeof issues]);
  const report = computeProgress(aggregate(rows, plan), plan, { asOf: AS_OF });
  const district = report.units.find((u) => u.level === 'district') ?? report.units.find((u) => u.key === '');
  const vi = lang === 'vi';
  const table = (district?.metrics ?? [])
    .filter((m) => m.registered > 0)
    .map((m) => [
      m.label[lang],
      `${formatCount(m.recognised, lang)}/${formatCount(m.registered, lang)}`,
      percent(m.value, lang),
      percent(m.target?.share ?? null, lang),
    ]);
  const out = [
    '',
    vi
      ? `Tiến độ ${district?.name.vi ?? ''} so với chỉ tiêu 2025 của Kế hoạch ${plan.source.document} (${plan.source.issuer}), mẫu số là số đã đăng ký, đã xét:`
      : `Progress of ${district?.name.en ?? ''} against the 2025 targets of plan ${plan.source.document} (${plan.source.issuer}); the denominator is those registered and assessed:`,
    ...textTable(
      vi ? ['Chỉ tiêu', 'Đạt/đã xét', 'Tỷ lệ', 'Mục tiêu'] : ['Metric', 'Recognised/assessed', 'Share', 'Target'],
      table,
    ),
  ];
  if (report.historical !== undefined)
    out.push(
      vi
        ? `(Kế hoạch chỉ còn giá trị lịch sử sau ngày ${report.historical.after.split('-').reverse().join('/')}: cơ quan ban hành không còn từ 01/7/2025.)`
        : `(The plan is historical after ${report.historical.after}: its issuer no longer exists since 1/7/2025.)`,
    );
  return out;
}

const AS_OF = '2025-12-31';

function percent(v: number | null, lang: 'vi' | 'en'): string {
  return v === null ? '–' : formatShare(v, lang);
}

/**
 * `cdht demo`: evaluates the synthetic Kon Rẫy sample (examples/sample) against the bundled
 * criteria, prints title counts by citizen group, then the district's progress against its 2025
 * targets by commune.
 *
 * @param args - none besides `--lang`
 * @param io - streams, language
 * @returns 0, or 1 when the sample data is missing
 * @category CLI
 */
export async function demo(args: readonly string[], io: CliIo): Promise<number> {
  const { positionals } = parseCommand('demo', args, {});
  if (positionals.length > 0)
    throw new UsageError(
      {
        vi: `lệnh này không nhận tham số “${positionals[0]}”`,
        en: `this command takes no argument “${positionals[0]}”`,
      },
      'demo',
    );
  const vi = io.lang === 'vi';
  const criteria = resolve(resolveBundledCriteriaDir());
  const sample = join(criteria, '..', 'examples', 'sample');
  const evidence = join(sample, 'evidence-2025.ndjson');
  if (!existsSync(evidence)) {
    throw new CdhtError([toolingIssue('sample_missing', [], { path: evidence })]);
  }
  const { engine, issues } = await loadEngine(io, { paths: [], bundled: true });
  const [first, ...rest] = issues.filter(isError);
  if (first) throw new CdhtError([first, ...rest]);

  const byGroup = new Map<string, Record<TitleDecision, number>>();
  const evaluations: Evaluation[] = [];
  const started = Date.now();
  const counter = batchCounter();
  for await (const item of evaluateEvidence(engine, evidence)) {
    counter.add(item);
    const e = item.evaluation;
    if (e === undefined) continue;
    evaluations.push(e);
    const t = e.titles.find((x) => x.id === 'cdht') ?? e.titles[0];
    if (!t) continue;
    const row = byGroup.get(e.group) ?? { awarded: 0, 'not-awarded': 0, undetermined: 0 };
    row[t.decision]++;
    byGroup.set(e.group, row);
  }
  const summary = counter.summary();
  println(
    io.stdout,
    vi
      ? `Dữ liệu mẫu (tổng hợp, không phải người thật): ${evidence.slice(sample.length + 1)}`
      : `Sample data (synthetic, no real person): ${evidence.slice(sample.length + 1)}`,
  );
  println(io.stdout, summaryLine(summary, io.lang));
  println(io.stdout);
  const groups = [...byGroup].sort(([a], [b]) => a.localeCompare(b));
  const rows = groups.map(
    ([g, c]) =>
      [
        engine.groups[g]?.label[io.lang] ?? g,
        c.awarded + c['not-awarded'] + c.undetermined,
        c.awarded,
        c['not-awarded'],
        c.undetermined,
      ] as (string | number)[],
  );
  const header = vi
    ? ['Nhóm', 'Số người', 'Đạt', 'Không đạt', 'Chưa xác định']
    : ['Group', 'Persons', 'Awarded', 'Not awarded', 'Undetermined'];
  for (const l of textTable(header, rows, io.lang)) println(io.stdout, l);

  const collectivesFile = join(sample, 'collectives-2025.ndjson');
  if (existsSync(collectivesFile)) {
    // Households, clans, villages, communes and units decided from the persons' evaluations.
    async function* records(): AsyncGenerator<unknown> {
      for await (const r of readJsonRows(collectivesFile)) {
        if ('issues' in r) throw new CdhtError(r.issues as [Issue, ...Issue[]]);
        yield r.value;
      }
    }
    const decided: CollectiveEvaluation[] = [];
    const items = keeping(engine.evaluateCollectives(records(), evaluations, { asOf: AS_OF }), decided);
    const lines = await collectiveTable(items, engine, io.lang);
    println(io.stdout);
    println(
      io.stdout,
      vi
        ? `Tập thể học tập (${collectivesFile.slice(sample.length + 1)}), xét từ kết quả của các thành viên:`
        : `Learning collectives (${collectivesFile.slice(sample.length + 1)}), decided from their members’ results:`,
    );
    for (const l of lines) println(io.stdout, l);
    for (const l of await provincialProgress(criteria, [...decided, ...evaluations], io.lang)) println(io.stdout, l);
  }

  const planFile = join(criteria, 'plans', 'kon-ray-2022.json');
  if (existsSync(planFile)) {
    const { plan, issues: planIssues } = await loadPlanFile(planFile);
    if (!plan) throw new CdhtError(planIssues as [(typeof planIssues)[number], ...typeof planIssues]);
    const cadres = join(sample, 'cadres-2025.ndjson');
    const parts = [
      aggregate(evaluations, plan),
      ...(existsSync(cadres) ? [(await aggregateFiles([{ path: cadres, shown: cadres }], plan)).aggregate] : []),
    ] as const;
    const agg = mergeAggregates([parts[0], ...parts.slice(1)]);
    const populationFile = join(sample, 'population-2025.json');
    const population = existsSync(populationFile)
      ? rollUpPopulation(await readJsonFile(populationFile), plan)
      : undefined;
    const report = computeProgress(agg, plan, { asOf: AS_OF, ...(population === undefined ? {} : { population }) });
    println(io.stdout);
    println(
      io.stdout,
      vi
        ? `Tiến độ ${plan.scope.label.vi} ngày ${AS_OF.split('-').reverse().join('/')} so với chỉ tiêu:`
        : `Progress of ${plan.scope.label.en} on ${AS_OF} against the targets:`,
    );
    const units = report.units.filter((u) => u.key === '' || u.level === 'commune');
    const metrics = plan.metrics.map((m) => m.id);
    // One row per unit, one column per metric: counted/denominator and the share, target below.
    const table = units.map((u) => [
      u.name[io.lang],
      ...metrics.map((id) => {
        const m = u.metrics.find((x) => x.metric === id);
        return m
          ? `${formatCount(m.recognised, io.lang)}/${m.denominator.value === null ? '–' : formatCount(m.denominator.value, io.lang)} ${percent(m.value, io.lang)}`
          : '–';
      }),
    ]);
    const targets = [
      vi ? 'Chỉ tiêu' : 'Target',
      ...metrics.map((id) => percent(units[0]?.metrics.find((x) => x.metric === id)?.target?.share ?? null, io.lang)),
    ];
    for (const l of textTable([vi ? 'Đơn vị' : 'Unit', ...metrics], [...table, targets], io.lang))
      println(io.stdout, l);
    println(io.stdout);
    for (const m of plan.metrics) println(io.stdout, `  ${m.id}: ${m.label[io.lang]}`);
    const scope = report.units.find((u) => u.key === '');
    println(io.stdout);
    for (const m of scope?.metrics ?? []) println(io.stdout, `• ${m.message[io.lang]}`);
  }
  println(
    io.stderr,
    vi
      ? `Xong sau ${formatNumber(Math.round((Date.now() - started) / 100) / 10, 'vi')} giây.`
      : `Done in ${formatNumber(Math.round((Date.now() - started) / 100) / 10, 'en')} s.`,
  );
  return ExitCode.ok;
}
