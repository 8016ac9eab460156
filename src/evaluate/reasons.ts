import type { Reason } from '../format/evaluation.js';
import { reasonMessage } from '../i18n/engineMessages.js';

// Reasons are built for every title of every evaluation: each function writes its object literal
// out (a spread of generic parameters is several times slower in V8), and the message comes from
// the catalogues through `reasonMessage`.

/** @internal */
export function totalBelow(actual: number, expected: number, possible: boolean): Reason {
  if (!possible)
    return {
      code: 'total_below_min',
      actual,
      expected,
      message: reasonMessage('total_below_min', { actual, expected }),
    };
  const params = { actual, expected, possible };
  return { code: 'total_below_min', actual, expected, possible, message: reasonMessage('total_below_min', params) };
}

/** @internal */
export function indicatorBelow(id: string, actual: number, expected: number): Reason {
  const params = { target: id, actual, expected };
  return {
    code: 'indicator_below_min',
    target: id,
    actual,
    expected,
    message: reasonMessage('indicator_below_min', params),
  };
}

/** @internal */
export function criterionBelow(id: string, actual: number, expected: number, possible: boolean): Reason {
  const code = 'criterion_below_min';
  if (!possible) {
    const params = { target: id, actual, expected };
    return { code, target: id, actual, expected, message: reasonMessage(code, params) };
  }
  const params = { target: id, actual, expected, possible };
  return { code, target: id, actual, expected, possible, message: reasonMessage(code, params) };
}

/** @internal */
export function ruleFailed(titleId: string): Reason {
  return {
    code: 'title_rule_failed',
    target: titleId,
    message: reasonMessage('title_rule_failed', { target: titleId }),
  };
}

/** @internal */
export function evidenceMissing(ids: readonly string[]): Reason {
  const indicators = [...ids];
  return { code: 'evidence_missing', indicators, message: reasonMessage('evidence_missing', { indicators }) };
}

/** @internal */
export function requirementsMet(total: number, expected: number): Reason {
  const params = { actual: total, expected };
  return { code: 'requirements_met', actual: total, expected, message: reasonMessage('requirements_met', params) };
}
