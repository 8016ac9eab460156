/**
 * The criteria of a framework: the summary table of points and minimums, how each indicator is
 * scored (rules as sentences), and the derived values.
 *
 * @module
 */
import type { Locale } from '../format/common.js';
import type { Criterion, Framework, Indicator } from '../format/framework.js';
import { codeList, type DocBlock, type DocRow, type DocSpan, type DocText } from './blocks.js';
import { docWords, formatNumber } from './docText.js';
import { maxTotal } from './overview.js';
import { awardSentence, type RuleTextOptions, ruleSentence } from './ruleText.js';
import { criterionMinimum, indicatorMinimum, shownMinimum } from './titleSection.js';

/**
 * The maximum of a criterion: its declared `max`, else the sum of its indicators.
 *
 * @param criterion - the criterion
 * @returns points
 * @internal
 */
export function criterionMax(criterion: Criterion): number {
  return criterion.max ?? criterion.indicators.reduce((sum, i) => sum + i.points, 0);
}

/**
 * An indicator's label with the unverified mark when its wording is not verified.
 *
 * @param indicator - the indicator
 * @param locale - the language
 * @returns the label
 * @internal
 */
export function indicatorLabel(indicator: Indicator, locale: Locale): string {
  return indicator.verified === false
    ? `${indicator.label[locale]} ${docWords(locale).unverifiedMark}`
    : indicator.label[locale];
}

function optionalNumber(value: number | undefined, locale: Locale): string {
  return value === undefined ? '—' : formatNumber(value, locale);
}

/**
 * The table of criteria and indicators with maximum and minimum points: the minimum is what the
 * titles require (see {@link shownMinimum}), the same as on the self-assessment sheet.
 *
 * @param framework - the framework
 * @param locale - the language
 * @returns the blocks (heading, table, legend when some wording is unverified)
 * @internal
 */
export function criteriaTableBlocks(framework: Framework, locale: Locale): DocBlock[] {
  const w = docWords(locale);
  const rows: DocRow[] = [];
  for (const criterion of framework.criteria) {
    rows.push({
      role: 'group',
      cells: [
        [{ strong: criterion.id }],
        [{ strong: criterion.label[locale] }],
        formatNumber(criterionMax(criterion), locale),
        optionalNumber(
          shownMinimum(
            criterion.min,
            framework.titles.map((t) => criterionMinimum(criterion, t)),
          ),
          locale,
        ),
      ],
    });
    for (const indicator of criterion.indicators) {
      rows.push({
        cells: [
          indicator.id,
          indicatorLabel(indicator, locale),
          formatNumber(indicator.points, locale),
          optionalNumber(
            shownMinimum(
              indicator.min,
              framework.titles.map((t) => indicatorMinimum(indicator, t)),
            ),
            locale,
          ),
        ],
      });
    }
  }
  rows.push({
    role: 'total',
    cells: ['', [{ strong: w.total }], [{ strong: formatNumber(maxTotal(framework), locale) }], ''],
  });
  const blocks: DocBlock[] = [
    { kind: 'heading', level: 2, text: w.criteriaHeading, anchor: 'criteria' },
    {
      kind: 'table',
      head: [w.code, w.criterionOrIndicator, w.maxPoints, w.minPoints],
      rows,
      numeric: [2, 3],
    },
  ];
  if (framework.criteria.some((c) => c.indicators.some((i) => i.verified === false))) {
    blocks.push({ kind: 'paragraph', text: w.markLegend });
  }
  return blocks;
}

function evidenceSpans(indicator: Indicator, framework: Framework, locale: Locale): DocSpan[] {
  return (indicator.evidence ?? []).flatMap((name, i): DocSpan[] => {
    const label = framework.evidence[name]?.label[locale] ?? framework.derived[name]?.label[locale];
    const spans: DocSpan[] = label === undefined ? [{ code: name }] : [`${label} (`, { code: name }, ')'];
    return i === 0 ? spans : ['; ', ...spans];
  });
}

function indicatorBlocks(indicator: Indicator, framework: Framework, rules: RuleTextOptions): DocBlock[] {
  const { locale } = rules;
  const w = docWords(locale);
  const items: DocText[] = [];
  if (indicator.when !== undefined) items.push(`${w.appliesWhen}: ${ruleSentence(indicator.when, rules)}`);
  items.push(`${w.scoring}: ${awardSentence(indicator.award, indicator.points, rules)}`);
  if (indicator.min !== undefined) items.push(w.minimum(formatNumber(indicator.min, locale)));
  for (const level of indicator.rubric ?? []) {
    items.push(`${w.rubric} — ${w.rubricLevel(formatNumber(level.points, locale), level.label[locale])}`);
  }
  if ((indicator.evidence ?? []).length > 0)
    items.push([`${w.evidenceRead}: `, ...evidenceSpans(indicator, framework, locale)]);
  if ((indicator.proof ?? []).length > 0) {
    items.push(`${w.proofDocuments}: ${(indicator.proof ?? []).map((p) => p.label[locale]).join('; ')}`);
  }
  const blocks: DocBlock[] = [
    {
      kind: 'heading',
      level: 4,
      text: `${indicator.id}. ${indicatorLabel(indicator, locale)} (${w.upTo(formatNumber(indicator.points, locale))})`,
      anchor: `indicator-${indicator.id}`,
    },
  ];
  if (indicator.description) blocks.push({ kind: 'paragraph', text: indicator.description[locale] });
  blocks.push({ kind: 'list', items });
  return blocks;
}

/**
 * How each indicator is scored: applicability, award rule, minimum, rubric, evidence and proof.
 *
 * @param framework - the framework
 * @param rules - language, operators and labels for rule sentences
 * @returns the blocks
 * @internal
 */
export function scoringBlocks(framework: Framework, rules: RuleTextOptions): DocBlock[] {
  const { locale } = rules;
  const w = docWords(locale);
  const blocks: DocBlock[] = [{ kind: 'heading', level: 2, text: w.scoringHeading, anchor: 'scoring' }];
  for (const criterion of framework.criteria) {
    blocks.push({
      kind: 'heading',
      level: 3,
      text: `${w.criterion} ${criterion.id}. ${criterion.label[locale]} (${w.upTo(formatNumber(criterionMax(criterion), locale))})`,
      anchor: `criterion-${criterion.id}`,
    });
    if (criterion.description) blocks.push({ kind: 'paragraph', text: criterion.description[locale] });
    if (criterion.min !== undefined)
      blocks.push({ kind: 'paragraph', text: w.minimum(formatNumber(criterion.min, locale)) });
    for (const indicator of criterion.indicators) blocks.push(...indicatorBlocks(indicator, framework, rules));
  }
  return blocks;
}

/**
 * The derived values and how each is computed; nothing when the framework has none.
 *
 * @param framework - the framework
 * @param rules - language, operators and labels for rule sentences
 * @returns the blocks
 * @internal
 */
export function derivedBlocks(framework: Framework, rules: RuleTextOptions): DocBlock[] {
  const entries = Object.entries(framework.derived);
  if (entries.length === 0) return [];
  const { locale } = rules;
  const w = docWords(locale);
  const rows: DocRow[] = entries.map(([name, derived]) => ({
    cells: [
      [{ code: name }],
      derived.label[locale],
      ruleSentence(derived.rule, rules),
      derived.values ? codeList(derived.values) : '—',
    ],
  }));
  return [
    { kind: 'heading', level: 2, text: w.derivedHeading, anchor: 'derived' },
    { kind: 'paragraph', text: w.derivedIntro },
    { kind: 'table', head: [w.code, w.name, w.calculation, w.values], rows },
  ];
}
