import type { Locale, TitleDecision } from '../index.js';

const DECISION: Readonly<Record<TitleDecision, { vi: string; en: string }>> = {
  awarded: { vi: 'đạt', en: 'awarded' },
  'not-awarded': { vi: 'không đạt', en: 'not awarded' },
  undetermined: { vi: 'chưa xác định', en: 'undetermined' },
};

/**
 * A title decision in words.
 *
 * @param decision - the decision
 * @param lang - language
 * @returns e.g. `không đạt`
 */
export function decisionText(decision: TitleDecision, lang: Locale): string {
  return DECISION[decision][lang];
}
