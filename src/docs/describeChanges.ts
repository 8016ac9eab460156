/**
 * Changes between framework versions as sentences in Vietnamese or English.
 *
 * @module
 */
import type { Locale } from '../engine.js';
import type { LocalizedText } from '../format/common.js';
import type { Source } from '../format/framework.js';
import type { OperatorTable } from '../rules/types.js';
import type { EvidenceAspect, FrameworkChange, RequirementName } from './diff.js';
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

const words = {
  vi: {
    changed: (what: string, a: string, b: string) => `${what} đổi từ ${a} thành ${b}`,
    none: 'không quy định',
    noRule: 'không có',
    always: 'luôn áp dụng',
    frameworkTitle: 'Tên bộ tiêu chí',
    source: 'Văn bản nguồn',
    sourceAdded: (s: string) => `Bổ sung văn bản nguồn: ${s}`,
    sourceRemoved: (s: string) => `Bỏ văn bản nguồn ${s}`,
    sourceUpdated: (s: string) => `Cập nhật thông tin văn bản nguồn ${s}`,
    effective: 'Hiệu lực',
    verification: 'Trạng thái kiểm chứng',
    criterion: (id: string) => `Tiêu chí ${id}`,
    indicator: (id: string) => `Chỉ số ${id}`,
    title: (label: string) => `Danh hiệu “${label}”`,
    name: 'tên',
    maxPoints: 'điểm tối đa',
    minPoints: 'điểm tối thiểu',
    criterionAdded: (id: string, label: string) => `Thêm tiêu chí ${id} “${label}”`,
    criterionRemoved: (id: string, label: string) => `Bỏ tiêu chí ${id} “${label}”`,
    indicatorAdded: (id: string, label: string, points: string, criterion: string) =>
      `Thêm chỉ số ${id} “${label}” (tối đa ${points} điểm) vào tiêu chí ${criterion}`,
    indicatorRemoved: (id: string, label: string) => `Bỏ chỉ số ${id} “${label}”`,
    indicatorMoved: (id: string, a: string, b: string) =>
      `Chỉ số ${id} chuyển từ tiêu chí ${a} sang tiêu chí ${b}`,
    description: 'lời mô tả thay đổi',
    scoring: 'cách tính điểm',
    applicability: 'điều kiện áp dụng',
    rubric: 'thang mức điểm thay đổi',
    verifiedNow: 'câu chữ đã được đối chiếu với văn bản chính thức',
    unverifiedNow: 'câu chữ được đánh dấu chưa đối chiếu với văn bản chính thức',
    proofAdded: (label: string) => `thêm giấy tờ minh chứng “${label}”`,
    proofRemoved: (label: string) => `bỏ giấy tờ minh chứng “${label}”`,
    titleAdded: (label: string) => `Thêm danh hiệu “${label}”`,
    titleRemoved: (label: string) => `Bỏ danh hiệu “${label}”`,
    titleName: (id: string) => `Danh hiệu ${id}: tên`,
    requirement: {
      total: 'tổng điểm tối thiểu',
      eachIndicator: 'điểm tối thiểu của mỗi chỉ số',
      eachCriterion: 'điểm tối thiểu của mỗi tiêu chí',
      criteria: 'điểm tối thiểu của tiêu chí',
      indicators: 'điểm tối thiểu của chỉ số',
    } satisfies Record<RequirementName, string>,
    requiredAdded: (id: string) => `chỉ số ${id} phải đạt điểm tối đa`,
    requiredRemoved: (id: string) => `chỉ số ${id} không còn phải đạt điểm tối đa`,
    titleRule: 'điều kiện bổ sung',
    evidence: (label: string, field: string) => `trường minh chứng “${label}” (${field})`,
    added: (what: string) => `Thêm ${what}`,
    removed: (what: string) => `Bỏ ${what}`,
    aspectsChanged: (what: string, aspects: string) => `${capitalize(what)}: thay đổi ${aspects}`,
    aspects: {
      label: 'tên',
      type: 'kiểu',
      unit: 'đơn vị',
      required: 'tính bắt buộc',
      min: 'giá trị nhỏ nhất',
      max: 'giá trị lớn nhất',
      values: 'danh sách giá trị',
      fields: 'các trường con',
      items: 'kiểu phần tử',
    } satisfies Record<EvidenceAspect, string>,
    derived: (label: string, name: string) => `giá trị suy ra “${label}” (${name})`,
    calculation: 'cách tính',
  },
  en: {
    changed: (what: string, a: string, b: string) => `${what} changed from ${a} to ${b}`,
    none: 'none',
    noRule: 'none',
    always: 'always applies',
    frameworkTitle: 'Framework title',
    source: 'Source document',
    sourceAdded: (s: string) => `Source document added: ${s}`,
    sourceRemoved: (s: string) => `Source document ${s} removed`,
    sourceUpdated: (s: string) => `Details of the source document ${s} updated`,
    effective: 'Effective dates',
    verification: 'Verification status',
    criterion: (id: string) => `Criterion ${id}`,
    indicator: (id: string) => `Indicator ${id}`,
    title: (label: string) => `Title “${label}”`,
    name: 'name',
    maxPoints: 'maximum points',
    minPoints: 'minimum points',
    criterionAdded: (id: string, label: string) => `Criterion ${id} “${label}” added`,
    criterionRemoved: (id: string, label: string) => `Criterion ${id} “${label}” removed`,
    indicatorAdded: (id: string, label: string, points: string, criterion: string) =>
      `Indicator ${id} “${label}” (up to ${points} points) added to criterion ${criterion}`,
    indicatorRemoved: (id: string, label: string) => `Indicator ${id} “${label}” removed`,
    indicatorMoved: (id: string, a: string, b: string) =>
      `Indicator ${id} moved from criterion ${a} to criterion ${b}`,
    description: 'description reworded',
    scoring: 'scoring',
    applicability: 'applicability',
    rubric: 'scoring levels changed',
    verifiedNow: 'wording now checked against the official text',
    unverifiedNow: 'wording marked as not checked against the official text',
    proofAdded: (label: string) => `proof document “${label}” added`,
    proofRemoved: (label: string) => `proof document “${label}” removed`,
    titleAdded: (label: string) => `Title “${label}” added`,
    titleRemoved: (label: string) => `Title “${label}” removed`,
    titleName: (id: string) => `Title ${id}: name`,
    requirement: {
      total: 'minimum total',
      eachIndicator: 'minimum points of every indicator',
      eachCriterion: 'minimum points of every criterion',
      criteria: 'minimum points of criterion',
      indicators: 'minimum points of indicator',
    },
    requiredAdded: (id: string) => `indicator ${id} must score full points`,
    requiredRemoved: (id: string) => `indicator ${id} no longer needs full points`,
    titleRule: 'additional condition',
    evidence: (label: string, field: string) => `evidence field “${label}” (${field})`,
    added: (what: string) => `${capitalize(what)} added`,
    removed: (what: string) => `${capitalize(what)} removed`,
    aspectsChanged: (what: string, aspects: string) => `${capitalize(what)}: ${aspects} changed`,
    aspects: {
      label: 'label',
      type: 'type',
      unit: 'unit',
      required: 'required flag',
      min: 'minimum',
      max: 'maximum',
      values: 'allowed values',
      fields: 'sub-fields',
      items: 'item type',
    },
    derived: (label: string, name: string) => `derived value “${label}” (${name})`,
    calculation: 'calculation',
  },
};

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

const quote = (text: string): string => `“${text}”`;

function sourceName(source: Source, locale: Locale): string {
  return docWords(locale).sourceLine(source.document, formatDate(source.date, locale));
}

function describeOne(change: FrameworkChange, locale: Locale, options: DescribeChangesOptions): string {
  const w = words[locale];
  const n = (value: number | undefined): string =>
    value === undefined ? w.none : formatNumber(value, locale);
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
      return `${w.title(change.label[locale])}: ${w.changed(what, n(change.before), n(change.after))}`;
    }
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
