/**
 * Wording of change sentences in Vietnamese and English.
 *
 * @module
 */
import type { Locale } from '../format/common.js';
import type { EvidenceAspect, RequirementName } from './changes.js';

/** How a title's threshold moved as a share of the maximum: looser, stricter or the same. @internal */
export type ShareDirection = 'lower' | 'higher' | 'same';

const shareWords = {
  vi: { lower: 'thấp hơn theo tỷ lệ', higher: 'cao hơn theo tỷ lệ', same: 'giữ nguyên tỷ lệ' },
  en: { lower: 'lower as a share', higher: 'higher as a share', same: 'the same share' },
} as const;

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
    indicatorMoved: (id: string, a: string, b: string) => `Chỉ số ${id} chuyển từ tiêu chí ${a} sang tiêu chí ${b}`,
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
    maximumChanged: (a: string, b: string) => `Tổng điểm tối đa ${a} → ${b}`,
    titleShare: (label: string, a: string, b: string, shares: string, how: ShareDirection) =>
      `Ngưỡng danh hiệu “${label}” ${a} → ${b} (${shares}), ${shareWords.vi[how]}`,
    variant: (label: string) => `biến thể “${label}”`,
    variantAspects: {
      unit: 'đơn vị áp dụng',
      titles: 'điều kiện danh hiệu',
      enabled: 'trạng thái áp dụng',
      label: 'tên',
      source: 'văn bản nguồn',
      verification: 'trạng thái kiểm chứng',
    },
    requirement: {
      total: 'tổng điểm tối thiểu',
      totalShare: 'tổng điểm tối thiểu theo tỷ lệ điểm tối đa',
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
    indicatorMoved: (id: string, a: string, b: string) => `Indicator ${id} moved from criterion ${a} to criterion ${b}`,
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
    maximumChanged: (a: string, b: string) => `Maximum total ${a} → ${b}`,
    titleShare: (label: string, a: string, b: string, shares: string, how: ShareDirection) =>
      `Threshold of title “${label}” ${a} → ${b} (${shares}), ${shareWords.en[how]}`,
    variant: (label: string) => `variant “${label}”`,
    variantAspects: {
      unit: 'units it applies to',
      titles: 'title requirements',
      enabled: 'whether it applies',
      label: 'label',
      source: 'source',
      verification: 'verification',
    },
    requirement: {
      total: 'minimum total',
      totalShare: 'minimum total as a share of the maximum',
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

/**
 * The text with its first letter in upper case.
 *
 * @param text - any text
 * @returns the text, capitalized
 * @internal
 */
export function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** The wording of change sentences in one language. @internal */
export type ChangeWords = (typeof words)['vi'];

/**
 * The wording of change sentences.
 *
 * @param locale - `vi` or `en`
 * @returns the words of that language
 * @internal
 */
export function changeWords(locale: Locale): ChangeWords {
  return words[locale];
}
