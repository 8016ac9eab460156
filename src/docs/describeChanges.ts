/**
 * Changes between framework versions as sentences in Vietnamese or English.
 *
 * @module
 */
import type { Locale, LocalizedText } from '../format/common.js';
import type { Source } from '../format/framework.js';
import { formatPercent } from '../i18n/format.js';
import type { OperatorTable } from '../rules/types.js';
import type { FrameworkChange } from './changes.js';
import { capitalize, changeWords } from './changeWords.js';
import { docWords, formatDate, formatEffective, formatNumber } from './docText.js';
import { awardSentence, ruleSentence } from './ruleText.js';

/**
 * Options of {@link describeChanges}: operators (for plugin rule descriptions) and labels of the
 * names rules read (evidence fields, derived values, `total`, `criteria.<id>` …).
 *
 * @category Docs
 */
export interface DescribeChangesOptions {
  readonly operators?: OperatorTable | undefined;
  readonly labels?: Readonly<Record<string, LocalizedText>> | undefined;
}

const quote = (text: string): string => `“${text}”`;

function sourceName(source: Source, locale: Locale): string {
  return docWords(locale).sourceLine(source.document, formatDate(source.date, locale));
}

function describeOne(change: FrameworkChange, locale: Locale, options: DescribeChangesOptions): string {
  const w = changeWords(locale);
  const n = (value: number | undefined): string => (value === undefined ? w.none : formatNumber(value, locale));
  const share = (value: number | undefined): string => (value === undefined ? w.none : formatPercent(value, locale));
  const rules = { locale, operators: options.operators, labels: options.labels ?? {} };
  const rule = (value: unknown, empty: string): string =>
    value === undefined ? empty : quote(ruleSentence(value, rules));
  switch (change.kind) {
    case 'framework_title_changed':
      return w.changed(w.frameworkTitle, quote(change.before[locale]), quote(change.after[locale]));
    case 'source_changed':
      if (!change.before) return w.sourceAdded(change.after ? sourceName(change.after, locale) : '');
      if (!change.after) return w.sourceRemoved(sourceName(change.before, locale));
      if (change.before.document === change.after.document && change.before.date === change.after.date) {
        return w.sourceUpdated(sourceName(change.after, locale));
      }
      return w.changed(w.source, sourceName(change.before, locale), sourceName(change.after, locale));
    case 'effective_changed':
      return w.changed(
        w.effective,
        quote(formatEffective(change.before, locale)),
        quote(formatEffective(change.after, locale)),
      );
    case 'verification_changed': {
      const statuses = docWords(locale).statuses;
      return w.changed(w.verification, quote(statuses[change.before]), quote(statuses[change.after]));
    }
    case 'criterion_added':
      return w.criterionAdded(change.id, change.label[locale]);
    case 'criterion_removed':
      return w.criterionRemoved(change.id, change.label[locale]);
    case 'criterion_label_changed':
      return `${w.criterion(change.id)}: ${w.changed(w.name, quote(change.before[locale]), quote(change.after[locale]))}`;
    case 'criterion_min_changed':
      return `${w.criterion(change.id)}: ${w.changed(w.minPoints, n(change.before), n(change.after))}`;
    case 'indicator_added':
      return w.indicatorAdded(change.id, change.label[locale], n(change.points), change.criterion);
    case 'indicator_removed':
      return w.indicatorRemoved(change.id, change.label[locale]);
    case 'indicator_moved':
      return w.indicatorMoved(change.id, change.before, change.after);
    case 'indicator_points_changed':
      return `${w.indicator(change.id)}: ${w.changed(w.maxPoints, n(change.before), n(change.after))}`;
    case 'indicator_min_changed':
      return `${w.indicator(change.id)}: ${w.changed(w.minPoints, n(change.before), n(change.after))}`;
    case 'indicator_label_changed':
      return `${w.indicator(change.id)}: ${w.changed(w.name, quote(change.before[locale]), quote(change.after[locale]))}`;
    case 'indicator_description_changed':
      return `${w.indicator(change.id)}: ${w.description}`;
    case 'indicator_rule_changed':
      if (change.rule === 'when')
        return `${w.indicator(change.id)}: ${w.changed(w.applicability, rule(change.before, w.always), rule(change.after, w.always))}`;
      return `${w.indicator(change.id)}: ${w.changed(
        w.scoring,
        quote(awardSentence(change.before, change.points.before, rules)),
        quote(awardSentence(change.after, change.points.after, rules)),
      )}`;
    case 'indicator_rubric_changed':
      return `${w.indicator(change.id)}: ${w.rubric}`;
    case 'indicator_verified_changed':
      return `${w.indicator(change.id)}: ${change.after ? w.verifiedNow : w.unverifiedNow}`;
    case 'proof_added':
      return `${w.indicator(change.indicator)}: ${w.proofAdded(change.label[locale])}`;
    case 'proof_removed':
      return `${w.indicator(change.indicator)}: ${w.proofRemoved(change.label[locale])}`;
    case 'title_added':
      return w.titleAdded(change.label[locale]);
    case 'title_removed':
      return w.titleRemoved(change.label[locale]);
    case 'title_label_changed':
      return w.changed(w.titleName(change.id), quote(change.before[locale]), quote(change.after[locale]));
    case 'title_requirement_changed': {
      const what =
        change.target === undefined
          ? w.requirement[change.requirement]
          : `${w.requirement[change.requirement]} ${change.target}`;
      const value = change.requirement === 'totalShare' ? share : n;
      return `${w.title(change.label[locale])}: ${w.changed(what, value(change.before), value(change.after))}`;
    }
    case 'maximum_changed':
      return w.maximumChanged(n(change.before), n(change.after));
    case 'title_share_changed':
    case 'title_share_kept': {
      const { before: a, after: b } = change;
      // Compared as fractions, like diffFrameworks, so 80/100 → 88/110 is the same share exactly.
      const how = a.total * b.max === b.total * a.max ? 'same' : b.total * a.max < a.total * b.max ? 'lower' : 'higher';
      return w.titleShare(
        change.label[locale],
        `${n(a.total)}/${n(a.max)}`,
        `${n(b.total)}/${n(b.max)}`,
        `${share(a.total / a.max)} → ${share(b.total / b.max)}`,
        how,
      );
    }
    case 'variant_added':
      return w.added(w.variant(change.label[locale]));
    case 'variant_removed':
      return w.removed(w.variant(change.label[locale]));
    case 'variant_changed':
      return w.aspectsChanged(
        w.variant(change.label[locale]),
        docWords(locale).andList(change.aspects.map((a) => w.variantAspects[a])),
      );
    case 'title_required_added':
      return `${w.title(change.label[locale])}: ${w.requiredAdded(change.indicator)}`;
    case 'title_required_removed':
      return `${w.title(change.label[locale])}: ${w.requiredRemoved(change.indicator)}`;
    case 'title_rule_changed':
      return `${w.title(change.label[locale])}: ${w.changed(w.titleRule, rule(change.before, w.noRule), rule(change.after, w.noRule))}`;
    case 'evidence_added':
      return w.added(w.evidence(change.label[locale], change.field));
    case 'evidence_removed':
      return w.removed(w.evidence(change.label[locale], change.field));
    case 'evidence_changed':
      return w.aspectsChanged(
        w.evidence(change.label[locale], change.field),
        docWords(locale).andList(change.aspects.map((a) => w.aspects[a])),
      );
    case 'derived_added':
      return w.added(w.derived(change.label[locale], change.name));
    case 'derived_removed':
      return w.removed(w.derived(change.label[locale], change.name));
    case 'derived_rule_changed':
      return `${capitalize(w.derived(change.label[locale], change.name))}: ${w.changed(w.calculation, rule(change.before, w.noRule), rule(change.after, w.noRule))}`;
  }
}

/**
 * Describes changes between framework versions, one sentence each.
 *
 * @param changes - from {@link diffFrameworks}
 * @param locale - `vi` or `en`
 * @param options - operators and labels for rule sentences
 * @returns the sentences, in the order of the changes
 * @example
 * describeChanges([{ kind: 'indicator_points_changed', id: 'TC2.2', before: 10, after: 5 }], 'vi')
 * // ['Chỉ số TC2.2: điểm tối đa đổi từ 10 thành 5']
 * @category Docs
 */
export function describeChanges(
  changes: readonly FrameworkChange[],
  locale: Locale,
  options: DescribeChangesOptions = {},
): string[] {
  return changes.map((change) => describeOne(change, locale, options));
}
