import type { EngineIssueCode, IssueCode, ReasonCode, ToolingIssueCode } from '../errors/codes.js';
import type { IssueParams, ReasonParams } from '../errors/params.js';

/**
 * Issue messages of one language: for every issue code, a function of its parameters.
 * The mapped type makes a missing or misspelt code a compile error.
 *
 * @category Messages
 */
export type IssueMessages = { readonly [C in IssueCode]: (params: IssueParams[C]) => string };

/**
 * Reason messages of one language: for every reason code, a function of its parameters.
 *
 * @category Messages
 */
export type ReasonMessages = { readonly [C in ReasonCode]: (params: ReasonParams[C]) => string };

/**
 * One language's messages: every issue code and every reason code.
 *
 * @category Messages
 */
export interface Catalogue {
  readonly issues: IssueMessages;
  readonly reasons: ReasonMessages;
}

/**
 * The messages of the codes the engine raises, in one language.
 *
 * @category Messages
 */
export type EngineIssueMessages = Pick<IssueMessages, EngineIssueCode>;

/**
 * The messages of the tooling codes (readers, batches, plans, lint, command line), in one language.
 *
 * @category Messages
 */
export type ToolingIssueMessages = Pick<IssueMessages, ToolingIssueCode>;

/**
 * What the engine needs of one language: the messages of the codes it raises, and every reason.
 *
 * @category Messages
 */
export interface EngineCatalogue {
  readonly issues: EngineIssueMessages;
  readonly reasons: ReasonMessages;
}
