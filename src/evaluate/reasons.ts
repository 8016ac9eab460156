import type { Reason } from '../format/evaluation.js';
import { en } from '../i18n/en.js';
import { vi } from '../i18n/vi.js';

// Reasons are built for every title of the general path's evaluations (the pass path shares them
// between evaluations, see passTitles.ts): each function writes its object literal out (a spread of
// generic parameters is several times slower in V8), and calls the two catalogues' functions for
// its code directly (the same texts as `reasonMessage`, without looking the code up in each
// catalogue per call).

const VI = vi.reasons;
const EN = en.reasons;

/** @internal */
export function totalBelow(actual: number, expected: number, possible: boolean): Reason {
  if (!possible) {
    const params = { actual, expected };
    const message = { vi: VI.total_below_min(params), en: EN.total_below_min(params) };
    return { code: 'total_below_min', actual, expected, message };
  }
  const params = { actual, expected, possible };
  const message = { vi: VI.total_below_min(params), en: EN.total_below_min(params) };
  return { code: 'total_below_min', actual, expected, possible, message };
}

/** @internal */
export function indicatorBelow(id: string, actual: number, expected: number): Reason {
  const params = { target: id, actual, expected };
  const message = { vi: VI.indicator_below_min(params), en: EN.indicator_below_min(params) };
  return { code: 'indicator_below_min', target: id, actual, expected, message };
}

/** @internal */
export function criterionBelow(id: string, actual: number, expected: number, possible: boolean): Reason {
  if (!possible) {
    const params = { target: id, actual, expected };
    const message = { vi: VI.criterion_below_min(params), en: EN.criterion_below_min(params) };
    return { code: 'criterion_below_min', target: id, actual, expected, message };
  }
  const params = { target: id, actual, expected, possible };
  const message = { vi: VI.criterion_below_min(params), en: EN.criterion_below_min(params) };
  return { code: 'criterion_below_min', target: id, actual, expected, possible, message };
}

/** @internal */
export function ruleFailed(titleId: string): Reason {
  const params = { target: titleId };
  const message = { vi: VI.title_rule_failed(params), en: EN.title_rule_failed(params) };
  return { code: 'title_rule_failed', target: titleId, message };
}

/** @internal */
export function evidenceMissing(ids: readonly string[]): Reason {
  const indicators = [...ids];
  const params = { indicators };
  const message = { vi: VI.evidence_missing(params), en: EN.evidence_missing(params) };
  return { code: 'evidence_missing', indicators, message };
}

/** @internal */
export function requirementsMet(total: number, expected: number): Reason {
  const params = { actual: total, expected };
  const message = { vi: VI.requirements_met(params), en: EN.requirements_met(params) };
  return { code: 'requirements_met', actual: total, expected, message };
}
