/**
 * Rules as sentences for the documentation, through the rule describer, with the framework's
 * evidence and derived labels so a sentence names "số giờ học trong năm" rather than `hours`.
 *
 * @module
 */
import type { Locale, LocalizedText } from '../format/common.js';
import type { EvidenceField, Framework } from '../format/framework.js';
import { type DescribeRuleOptions, describeAward, describeRule } from '../rules/describe.js';
import type { OperatorTable } from '../rules/types.js';

/** What a rule sentence needs: the language, the operators (plugin descriptions) and field labels. */
export interface RuleTextOptions {
  readonly locale: Locale;
  readonly operators?: OperatorTable | undefined;
  readonly labels: Readonly<Record<string, LocalizedText>>;
}

/**
 * Labels of the names an indicator rule reads: declared evidence fields and derived values.
 *
 * @param framework - the framework
 * @returns labels by name
 * @internal
 */
export function ruleLabels(framework: Framework): Record<string, LocalizedText> {
  const labels: Record<string, LocalizedText> = {};
  const fields = (entries: Readonly<Record<string, EvidenceField>>, prefix: string, parent?: LocalizedText): void => {
    for (const [name, field] of Object.entries(entries)) {
      const own = inSentence(field.label);
      // A sub-field reads with its parent: “ngày xác nhận của xác nhận hoàn thành …”, not `a.date`.
      const label = parent === undefined ? own : { vi: `${own.vi} của ${parent.vi}`, en: `${own.en} of ${parent.en}` };
      labels[`${prefix}${name}`] = label;
      if (field.fields) fields(field.fields, `${prefix}${name}.`, label);
    }
  };
  fields(framework.evidence, '');
  for (const [name, derived] of Object.entries(framework.derived)) labels[name] = inSentence(derived.label);
  return labels;
}

/**
 * A label as it reads inside a sentence: “Đã sử dụng dịch vụ công” → “đã sử dụng dịch vụ công”;
 * a label that starts with an abbreviation (“TC2.1 score”, “CCCD”) keeps its capitals.
 */
function inSentence(label: LocalizedText): LocalizedText {
  const lower = (text: string): string => {
    const [first = '', second = ''] = [...text];
    return second !== '' && second === second.toLocaleLowerCase('vi') && second !== second.toLocaleUpperCase('vi')
      ? first.toLocaleLowerCase('vi') + text.slice(first.length)
      : text;
  };
  return { vi: lower(label.vi), en: lower(label.en) };
}

/**
 * Labels of the names a title rule reads: `total`, `criteria.<id>`, `indicators.<id>`, `derived.<name>`.
 *
 * @param framework - the framework
 * @returns labels by path
 * @internal
 */
export function titleRuleLabels(framework: Framework): Record<string, LocalizedText> {
  const labels: Record<string, LocalizedText> = { total: { vi: 'tổng điểm', en: 'the total' } };
  for (const criterion of framework.criteria) {
    labels[`criteria.${criterion.id}`] = {
      vi: `điểm tiêu chí ${criterion.id}`,
      en: `the points of criterion ${criterion.id}`,
    };
    for (const indicator of criterion.indicators) {
      labels[`indicators.${indicator.id}`] = {
        vi: `điểm chỉ số ${indicator.id}`,
        en: `the points of indicator ${indicator.id}`,
      };
    }
  }
  for (const [name, derived] of Object.entries(framework.derived)) labels[`derived.${name}`] = derived.label;
  return labels;
}

function describeOptions(options: RuleTextOptions): DescribeRuleOptions {
  const { locale, operators, labels } = options;
  return operators === undefined ? { locale, labels } : { locale, operators, labels };
}

// A rule the describer cannot read (an operator of a plugin not given) still gets documented, as JSON.
function guarded(make: () => string, rule: unknown): string {
  try {
    return make();
  } catch {
    return JSON.stringify(rule);
  }
}

/**
 * A rule (condition or value) as a sentence.
 *
 * @param rule - json-logic rule
 * @param options - language, operators and labels
 * @returns the sentence
 * @internal
 */
export function ruleSentence(rule: unknown, options: RuleTextOptions): string {
  return guarded(() => describeRule(rule, describeOptions(options)), rule);
}

/**
 * An award rule as a sentence about points, e.g. "được 10 điểm khi số giờ học trong năm từ 40 trở lên".
 *
 * @param rule - the award rule
 * @param points - the indicator's maximum points
 * @param options - language, operators and labels
 * @returns the sentence
 * @internal
 */
export function awardSentence(rule: unknown, points: number, options: RuleTextOptions): string {
  return guarded(() => describeAward(rule, points, describeOptions(options)), rule);
}
