import type { IssueCode, ReasonCode } from '../errors/codes.js';
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
