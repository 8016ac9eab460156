import type { Evaluation, Framework, GroupDefinition, Locale } from '../../index.js';
import type { XlsxTableColumn } from '../../node.js';

import { decisionText } from '../evaluationCsv.js';
import { gapText, periodText, reasonsText } from './words.js';

/** The unit levels that get a column each, top down; other levels share the last column. */
const LEVELS: readonly (readonly [string, string, string])[] = [
  ['province', 'Tỉnh', 'Province'],
  ['district', 'Huyện', 'District'],
  ['commune', 'Xã', 'Commune'],
  ['village', 'Thôn', 'Village'],
  ['agency', 'Cơ quan', 'Agency'],
];

/** A table of evaluations: its columns and each evaluation's cells. */
export interface ResultTable {
  readonly columns: readonly XlsxTableColumn[];
  row(e: Evaluation): unknown[];
}

/** What the person tables need to know besides the evaluations. */
export interface ResultContext {
  readonly frameworks: readonly Framework[];
  readonly groups: Readonly<Record<string, GroupDefinition>>;
  readonly lang: Locale;
  readonly decimalComma: boolean;
}

/**
 * The framework an evaluation used, for its labels.
 *
 * @param frameworks - the loaded frameworks
 * @param e - the evaluation
 * @returns the framework, when loaded
 */
export function frameworkOf(frameworks: readonly Framework[], e: Evaluation): Framework | undefined {
  return frameworks.find((f) => f.id === e.framework.id && f.version === e.framework.version);
}

/**
 * The group's label in the language, or its id when unknown.
 *
 * @param groups - the engine's groups
 * @param group - the group id
 * @param lang - language
 * @returns e.g. `Người dân trong xã`
 */
export function groupText(groups: ResultContext['groups'], group: string, lang: Locale): string {
  return Object.hasOwn(groups, group) ? (groups[group]?.label[lang] ?? group) : group;
}

/**
 * The unit columns of a person: one per level of {@link LEVELS}, then any other level as `level: name`.
 *
 * @param lang - language
 * @returns the columns and how to fill them
 */
export function unitColumns(lang: Locale): { columns: XlsxTableColumn[]; cells(e: Evaluation): string[] } {
  const vi = lang === 'vi';
  return {
    columns: [
      ...LEVELS.map(([, v, en]) => ({ header: vi ? v : en, width: 14 })),
      { header: vi ? 'Đơn vị khác' : 'Other unit', width: 14 },
    ],
    cells: (e) => {
      const unit = e.unit ?? {};
      const known = LEVELS.map(([level]) => unit[level] ?? '');
      const other = Object.entries(unit)
        .filter(([level]) => !LEVELS.some(([l]) => l === level))
        .map(([level, name]) => `${level}: ${name}`)
        .join('; ');
      return [...known, other];
    },
  };
}

/**
 * One row per person, for people to read: who and where (a column per unit level), the group's
 * label, the framework, the period, points per indicator, the total, and for each title its
 * decision, reasons and what is still needed, in the user's language. Columns are fixed before
 * the first row (a stream), from the frameworks that may appear.
 *
 * @param ctx - frameworks, groups, language, number style
 * @returns the table
 */
export function personTable(ctx: ResultContext): ResultTable {
  const { frameworks, lang } = ctx;
  const vi = lang === 'vi';
  const indicators: string[] = [];
  const titles = new Map<string, string>();
  for (const f of frameworks) {
    for (const c of f.criteria) for (const i of c.indicators) if (!indicators.includes(i.id)) indicators.push(i.id);
    for (const t of f.titles) if (!titles.has(t.id)) titles.set(t.id, t.label[lang]);
  }
  const unit = unitColumns(lang);
  const single = titles.size === 1;
  const titleColumns = [...titles].flatMap(([, label]) => {
    const of = single ? '' : ` — ${label}`;
    return [
      { header: single ? `${vi ? 'Danh hiệu' : 'Title'} ${label}` : `${vi ? 'Kết quả' : 'Decision'}${of}`, width: 14 },
      { header: `${vi ? 'Lý do' : 'Reasons'}${of}`, width: 40, wrap: true },
      { header: `${vi ? 'Còn thiếu' : 'Still needed'}${of}`, width: 40, wrap: true },
    ];
  });
  const columns: XlsxTableColumn[] = [
    { header: vi ? 'Mã' : 'Person id', width: 12 },
    { header: vi ? 'Họ và tên' : 'Full name', width: 24 },
    ...unit.columns,
    { header: vi ? 'Nhóm' : 'Group', width: 22, wrap: true },
    { header: vi ? 'Bộ tiêu chí' : 'Framework', width: 16 },
    { header: vi ? 'Kỳ đánh giá' : 'Period', width: 10 },
    ...indicators.map((id) => ({ header: id, width: 7, numFmt: '0.##' })),
    { header: vi ? 'Tổng điểm' : 'Total', width: 9, numFmt: '0.##' },
    { header: vi ? 'Điểm tối đa' : 'Maximum', width: 9, numFmt: '0.##' },
    ...titleColumns,
  ];
  return {
    columns,
    row(e) {
      const framework = frameworkOf(frameworks, e);
      const points = new Map(e.indicators.map((i) => [i.id, i.points]));
      return [
        e.person,
        e.name ?? '',
        ...unit.cells(e),
        groupText(ctx.groups, e.group, lang),
        `${e.framework.id} ${e.framework.version}`,
        periodText(e.period, lang),
        ...indicators.map((id) => points.get(id) ?? null),
        e.total,
        e.max,
        ...[...titles.keys()].flatMap((id) => {
          const t = e.titles.find((x) => x.id === id);
          if (!t) return ['', '', ''];
          return [
            decisionText(t.decision, lang),
            reasonsText(t, lang),
            gapText(t.gap, framework, lang, ctx.decimalComma),
          ];
        }),
      ];
    },
  };
}
