import type { EngineIssueCode, ReasonCode } from '../errors/codes.js';
import type { IssueParams, LocalizedParam, ReasonParams } from '../errors/params.js';
import type { EngineCatalogue } from './catalogue.js';
import { en } from './en.js';
import { vi } from './vi.js';

// The engine's messages only: this module must not import the tooling catalogues (viTooling,
// enTooling), so that an app bundling the engine without readers or plans leaves them out.

/** A catalogue part seen by code: the mapped types guarantee the parameters, TypeScript cannot follow them through an index. */
type ByCode<C extends string> = Readonly<Record<C, (params: unknown) => string>>;

/**
 * The message of a code the engine raises, in Vietnamese and English.
 *
 * @internal
 */
export function engineIssueMessage<C extends EngineIssueCode>(code: C, params: IssueParams[C]): LocalizedParam {
  const text = (c: EngineCatalogue): string => (c.issues as ByCode<EngineIssueCode>)[code](params);
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
