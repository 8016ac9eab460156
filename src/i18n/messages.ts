import type { IssueCode } from '../errors/codes.js';
import type { IssueParams, LocalizedParam } from '../errors/params.js';
import type { Locale } from '../format/common.js';
import type { Catalogue, EngineCatalogue, ToolingIssueMessages } from './catalogue.js';
import { en } from './en.js';
import { enTooling } from './enTooling.js';
import { vi } from './vi.js';
import { viTooling } from './viTooling.js';

export { reasonMessage } from './engineMessages.js';

/** One language's whole catalogue: the engine's messages and the tooling messages. */
function withTooling(engine: EngineCatalogue, tooling: ToolingIssueMessages): Catalogue {
  return { issues: { ...engine.issues, ...tooling }, reasons: engine.reasons };
}

/**
 * The built-in catalogues by language: the engine's messages and the tooling messages together.
 *
 * @category Messages
 */
export const catalogues: Readonly<Record<Locale, Catalogue>> = /* @__PURE__ */ Object.freeze({
  vi: /* @__PURE__ */ withTooling(vi, viTooling),
  en: /* @__PURE__ */ withTooling(en, enTooling),
});

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
  return { vi: text(catalogues.vi), en: text(catalogues.en) };
}
