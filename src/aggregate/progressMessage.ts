import type { LocalizedText } from '../format/common.js';
import type { Target } from '../format/plan.js';

/**
 * Formats a share as a percentage with at most one decimal: `37,5%` (vi) or `37.5%` (en).
 *
 * @param share - 0…1
 * @param locale - `vi` or `en`
 * @returns the text
 * @example formatShare(0.375, 'vi') // '37,5%'
 * @category Progress
 */
export function formatShare(share: number, locale: 'vi' | 'en'): string {
  const text = String(Math.round(share * 1000) / 10);
  return `${locale === 'vi' ? text.replace('.', ',') : text}%`;
}

/**
 * The label of a target: its own, or `mục tiêu 2025` / `2025 target`.
 *
 * @internal
 */
export function targetLabel(target: Target): LocalizedText {
  const year = target.date.slice(0, 4);
  return target.label ?? { vi: `mục tiêu ${year}`, en: `${year} target` };
}

/** What a progress sentence needs. */
export interface ProgressFacts {
  readonly place: LocalizedText;
  readonly noun: LocalizedText;
  readonly target: Target | null;
  readonly value: number | null;
  readonly gap: number | null;
}

/**
 * One sentence on a metric in a unit: `Còn thiếu 112 người lớn ở Đắk Ruồng để đạt 40% (mục tiêu 2025)`.
 *
 * @param facts - place, who is counted, target, value and gap
 * @returns the sentence in Vietnamese and English
 * @internal
 */
export function progressMessage(facts: ProgressFacts): LocalizedText {
  const { place, noun, target, value, gap } = facts;
  if (value === null || gap === null || target === null)
    return { vi: `Chưa có số liệu về ${noun.vi} ở ${place.vi}`, en: `No data on ${noun.en} in ${place.en}` };
  const label = targetLabel(target);
  const aim = { vi: formatShare(target.share, 'vi'), en: formatShare(target.share, 'en') };
  if (gap === 0)
    return {
      vi: `${capitalize(place.vi)} đã đạt ${formatShare(value, 'vi')} ${noun.vi}, đạt mục tiêu ${aim.vi} (${label.vi})`,
      en: `${capitalize(place.en)} is at ${formatShare(value, 'en')} ${noun.en}, meeting ${aim.en} (${label.en})`,
    };
  return {
    vi: `Còn thiếu ${formatCount(gap, 'vi')} ${noun.vi} ở ${place.vi} để đạt ${aim.vi} (${label.vi})`,
    en: `${formatCount(gap, 'en')} more ${noun.en} needed in ${place.en} to reach ${aim.en} (${label.en})`,
  };
}

/**
 * Formats a count of people with digit grouping: `2.455` (vi) or `2,455` (en).
 *
 * @param n - a whole number
 * @param locale - `vi` or `en`
 * @returns the text
 * @example formatCount(2455, 'vi') // '2.455'
 * @category Progress
 */
export function formatCount(n: number, locale: 'vi' | 'en'): string {
  return new Intl.NumberFormat(locale === 'vi' ? 'vi-VN' : 'en-US', { maximumFractionDigits: 0 }).format(n);
}

/** Sentences start with a capital even when a place name is written in lower case (huyện Kon Rẫy). */
function capitalize(text: string): string {
  return text.charAt(0).toLocaleUpperCase('vi') + text.slice(1);
}
