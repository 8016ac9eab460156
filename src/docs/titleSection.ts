/**
 * The titles of a framework and their requirements, as sentences.
 *
 * @module
 */
import type { Criterion, Framework, Indicator, Title } from '../format/framework.js';
import type { DocBlock } from './blocks.js';
import { docWords, formatNumber } from './docText.js';
import { type RuleTextOptions, ruleSentence, titleRuleLabels } from './ruleText.js';

function higher(a: number | undefined, b: number | undefined): number | undefined {
  if (a === undefined) return b;
  if (b === undefined) return a;
  return Math.max(a, b);
}

/**
 * The fewest points a title accepts in an indicator: the largest of the indicator's own minimum,
 * the title's per-indicator minimums, and its points when the title requires it in full.
 *
 * @param indicator - the indicator
 * @param title - the title
 * @returns points, or undefined when nothing is required
 * @internal
 */
export function indicatorMinimum(indicator: Indicator, title: Title): number | undefined {
  const r = title.requirements;
  let min = higher(indicator.min, r.eachIndicator);
  if (r.indicators && Object.hasOwn(r.indicators, indicator.id)) min = higher(min, r.indicators[indicator.id]);
  if (r.required?.includes(indicator.id)) min = higher(min, indicator.points);
  return min;
}

/**
 * The fewest points a title accepts in a criterion: its own minimum, the title's minimum for every
 * criterion and for this one.
 *
 * @param criterion - the criterion
 * @param title - the title
 * @returns points, or undefined when nothing is required
 * @internal
 */
export function criterionMinimum(criterion: Criterion, title: Title): number | undefined {
  const r = title.requirements;
  const min = higher(criterion.min, r.eachCriterion);
  return r.criteria && Object.hasOwn(r.criteria, criterion.id) ? higher(min, r.criteria[criterion.id]) : min;
}

/**
 * The minimum a table shows: what every title requires when they agree (one title, or several
 * with the same minimum), else the part's own minimum — so the table never shows "—" where the
 * only title asks for 5.
 *
 * @param own - the indicator's or criterion's own minimum
 * @param byTitle - the minimum each title requires
 * @returns points, or undefined
 * @internal
 */
export function shownMinimum(own: number | undefined, byTitle: readonly (number | undefined)[]): number | undefined {
  const [first] = byTitle;
  return byTitle.length > 0 && byTitle.every((m) => m === first) ? first : own;
}

/**
 * A title's requirements as sentences, including the minimums the criteria set for every title.
 *
 * @param title - the title
 * @param framework - its framework (for criterion and indicator labels and minimums)
 * @param rules - language, operators and labels for the title's extra rule
 * @returns one sentence per requirement
 * @example titleRequirementSentences(title, framework, options) // ['Tổng điểm đạt từ 80 điểm trở lên', …]
 * @internal
 */
export function titleRequirementSentences(title: Title, framework: Framework, rules: RuleTextOptions): string[] {
  const { locale } = rules;
  const w = docWords(locale);
  const n = (value: number): string => formatNumber(value, locale);
  const r = title.requirements;
  const out: string[] = [];
  if (r.total !== undefined) out.push(w.reqTotal(n(r.total)));
  if (r.totalShare !== undefined) {
    const max = framework.criteria.reduce((sum, c) => sum + c.indicators.reduce((t, i) => t + i.points, 0), 0);
    out.push(w.reqTotalShare(n(r.totalShare * 100), n(r.totalShare * max), n(max)));
  }
  if (r.eachCriterion !== undefined) out.push(w.reqEachCriterion(n(r.eachCriterion)));
  if (r.eachIndicator !== undefined) out.push(w.reqEachIndicator(n(r.eachIndicator)));
  for (const criterion of framework.criteria) {
    const min = higher(
      criterion.min,
      r.criteria && Object.hasOwn(r.criteria, criterion.id) ? r.criteria[criterion.id] : undefined,
    );
    if (min !== undefined) out.push(w.reqCriterion(criterion.id, criterion.label[locale], n(min)));
  }
  for (const indicator of framework.criteria.flatMap((c) => c.indicators)) {
    const min = higher(
      indicator.min,
      r.indicators && Object.hasOwn(r.indicators, indicator.id) ? r.indicators[indicator.id] : undefined,
    );
    if (min !== undefined) out.push(w.reqIndicator(indicator.id, indicator.label[locale], n(min)));
  }
  if (r.required && r.required.length > 0) out.push(w.reqRequired(r.required.join(', ')));
  if (title.rule !== undefined) {
    out.push(
      w.reqRule(ruleSentence(title.rule, { ...rules, labels: { ...rules.labels, ...titleRuleLabels(framework) } })),
    );
  }
  return out;
}

/**
 * The titles section: each title, its description and its requirements.
 *
 * @param framework - the framework
 * @param rules - language, operators and labels for rule sentences
 * @returns the blocks
 * @internal
 */
export function titleBlocks(framework: Framework, rules: RuleTextOptions): DocBlock[] {
  const { locale } = rules;
  const w = docWords(locale);
  const blocks: DocBlock[] = [{ kind: 'heading', level: 2, text: w.titlesHeading, anchor: 'titles' }];
  if (framework.titles.length === 0) return [...blocks, { kind: 'paragraph', text: w.noTitles }];
  for (const title of framework.titles) {
    blocks.push({
      kind: 'heading',
      level: 3,
      text: [title.label[locale], ' (', { code: title.id }, ')'],
      anchor: `title-${title.id}`,
    });
    if (title.description) blocks.push({ kind: 'paragraph', text: title.description[locale] });
    const sentences = titleRequirementSentences(title, framework, rules);
    if (sentences.length === 0) blocks.push({ kind: 'paragraph', text: w.reqNone });
    else blocks.push({ kind: 'paragraph', text: w.titleIntro }, { kind: 'list', items: sentences });
  }
  return blocks;
}
