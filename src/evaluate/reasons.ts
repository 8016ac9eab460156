import type { Reason } from '../format/evaluation.js';
import { en } from '../i18n/en.js';
import { vi } from '../i18n/vi.js';

// Reasons are built for every title of every evaluation: each function writes its object literal
// out (a spread of generic parameters is several times slower in V8), and calls the two
// catalogues' functions for its code directly (the same texts as `reasonMessage`, without looking
// the code up in each catalogue per call).

const VI = vi.reasons;
const EN = en.reasons;

/** A reason's message in both languages, as the catalogues word it. */
interface Texts {
  readonly vi: string;
  readonly en: string;
}

/**
 * The messages one reason of one title has given, by the number they print (`actual`): its code,
 * target, expected value and `possible` are fixed, and across a population the same few scores
 * recur, so the catalogues word each once. Strings are immutable: a message object per reason still
 * holds them, so no evaluation shares an object with another.
 * @internal
 */
export type ReasonMemo = Map<number, Texts>;

/** Messages kept per memo: past it (scores with many decimals), they are worded each time. */
const MEMO_SIZE = 256;

/** A new, empty memo. @internal */
export function reasonMemo(): ReasonMemo {
  return new Map();
}

function keep(memo: ReasonMemo | undefined, actual: number, texts: Texts): void {
  if (memo !== undefined && memo.size < MEMO_SIZE) memo.set(actual, texts);
}

/**
 * @param memo - messages of this reason of one title already worded (see {@link ReasonMemo})
 * @internal
 */
export function totalBelow(actual: number, expected: number, possible: boolean, memo?: ReasonMemo): Reason {
  let texts = memo?.get(actual);
  if (!possible) {
    if (texts === undefined) {
      const params = { actual, expected };
      texts = { vi: VI.total_below_min(params), en: EN.total_below_min(params) };
      keep(memo, actual, texts);
    }
    return { code: 'total_below_min', actual, expected, message: { vi: texts.vi, en: texts.en } };
  }
  if (texts === undefined) {
    const params = { actual, expected, possible };
    texts = { vi: VI.total_below_min(params), en: EN.total_below_min(params) };
    keep(memo, actual, texts);
  }
  return { code: 'total_below_min', actual, expected, possible, message: { vi: texts.vi, en: texts.en } };
}

/**
 * @param memo - messages of this reason of one title already worded (see {@link ReasonMemo})
 * @internal
 */
export function indicatorBelow(id: string, actual: number, expected: number, memo?: ReasonMemo): Reason {
  let texts = memo?.get(actual);
  if (texts === undefined) {
    const params = { target: id, actual, expected };
    texts = { vi: VI.indicator_below_min(params), en: EN.indicator_below_min(params) };
    keep(memo, actual, texts);
  }
  return { code: 'indicator_below_min', target: id, actual, expected, message: { vi: texts.vi, en: texts.en } };
}

/**
 * @param memo - messages of this reason of one title already worded (see {@link ReasonMemo})
 * @internal
 */
export function criterionBelow(
  id: string,
  actual: number,
  expected: number,
  possible: boolean,
  memo?: ReasonMemo,
): Reason {
  let texts = memo?.get(actual);
  if (!possible) {
    if (texts === undefined) {
      const params = { target: id, actual, expected };
      texts = { vi: VI.criterion_below_min(params), en: EN.criterion_below_min(params) };
      keep(memo, actual, texts);
    }
    return { code: 'criterion_below_min', target: id, actual, expected, message: { vi: texts.vi, en: texts.en } };
  }
  if (texts === undefined) {
    const params = { target: id, actual, expected, possible };
    texts = { vi: VI.criterion_below_min(params), en: EN.criterion_below_min(params) };
    keep(memo, actual, texts);
  }
  const message = { vi: texts.vi, en: texts.en };
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

/**
 * @param memo - messages of this reason of one title already worded (see {@link ReasonMemo})
 * @internal
 */
export function requirementsMet(total: number, expected: number, memo?: ReasonMemo): Reason {
  let texts = memo?.get(total);
  if (texts === undefined) {
    const params = { actual: total, expected };
    texts = { vi: VI.requirements_met(params), en: EN.requirements_met(params) };
    keep(memo, total, texts);
  }
  return { code: 'requirements_met', actual: total, expected, message: { vi: texts.vi, en: texts.en } };
}
