import { issueMessage } from '../i18n/messages.js';
import type { IssueCode } from './codes.js';
import { type Issue, type IssueOptions, type JsonPath, withOptions } from './issue.js';
import type { IssueParams } from './params.js';

/**
 * Builds an issue of any code, the tooling codes included — those that evidence readers, batches,
 * target plans, lint or the command line raise ({@link ToolingIssueCodes}) — with its message in
 * Vietnamese and English. It carries every catalogue; the engine's own code uses {@link issue}.
 *
 * @param code - the code
 * @param path - where
 * @param params - what the message needs, typed by code
 * @param options - file and severity
 * @returns the issue
 * @example toolingIssue('invalid_date', ['deadlines', 0], { value: '2025-02-30' }).code // 'invalid_date'
 * @category Errors
 */
export function toolingIssue<C extends IssueCode>(
  code: C,
  path: JsonPath,
  params: IssueParams[C],
  options?: IssueOptions,
): Issue<C> {
  return withOptions({ code, path, params, message: issueMessage(code, params) } as Issue<C>, options);
}
