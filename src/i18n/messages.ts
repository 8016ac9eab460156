import type { IssueCode, ReasonCode } from '../errors/codes.js';
import type { IssueParams, LocalizedParam, ReasonParams } from '../errors/params.js';
import type { Locale } from '../format/common.js';
import type { Catalogue } from './catalogue.js';
import { en } from './en.js';
import { vi } from './vi.js';

/**
 * The built-in catalogues by language.
 *
 * @category Messages
 */
export const catalogues: Readonly<Record<Locale, Catalogue>> = { vi, en };

/**
 * A catalogue part seen by code. The mapped catalogue types guarantee the function of `code` takes
 * the parameters of `code`; TypeScript cannot follow that through an index, hence this view.
 */
type ByCode<C extends string> = Readonly<Record<C, (params: unknown) => string>>;

/**
 * The message of an issue code with its parameters, in Vietnamese and English.
 *
 * @param code - the issue code
 * @param params - its parameters
 * @returns both texts
 * @example issueMessage('unknown_operator', { operator: 'foo' }).en // 'Unknown operator "foo"'
 * @category Messages
 */
export function issueMessage<C extends IssueCode>(code: C, params: IssueParams[C]): LocalizedParam {
  // The mapped catalogue types guarantee the function of `code` takes `IssueParams[C]`;
  // TypeScript cannot follow that through the index, hence the casts.
  const text = (c: Catalogue): string =>
    (c.issues as Readonly<Record<IssueCode, (p: unknown) => string>>)[code](params);
  return { vi: text(vi), en: text(en) };
}

/**
 * The message of a reason code with its parameters, in Vietnamese and English.
 *
 * @param code - the reason code
 * @param params - its parameters
 * @returns both texts
 * @example reasonMessage('total_below_min', { actual: 78, expected: 80 }).vi // 'tổng điểm 78 < 80'
 * @category Messages
 */
export function reasonMessage<C extends ReasonCode>(code: C, params: ReasonParams[C]): LocalizedParam {
  // Built for every title of every evaluation: two direct calls, nothing else.
  return { vi: (vi.reasons as ByCode<ReasonCode>)[code](params), en: (en.reasons as ByCode<ReasonCode>)[code](params) };
}
