import { engineIssueMessage } from '../i18n/engineMessages.js';
import type { EngineIssueCode, IssueCode } from './codes.js';
import type { IssueParams } from './params.js';

/** A path into a JSON document: property names and array indexes. */
export type JsonPath = readonly (string | number)[];

/**
 * A problem found in a file or a value: a stable code, the parameters its message is built from,
 * where it is, and the message in Vietnamese and English. A union on `code`: narrowing the code
 * types `params` (`if (i.code === 'invalid_evidence' && i.params.kind === 'out_of_range') i.params.max`).
 *
 * @typeParam C - the codes it may have (all by default)
 * @category Errors
 */
export type Issue<C extends IssueCode = IssueCode> = {
  [K in C]: {
    /** Stable snake_case code, see {@link IssueCodes}. */
    readonly code: K;
    /** JSON path of the offending value. */
    readonly path: JsonPath;
    /** What the message says, as data: see {@link IssueParams}. */
    readonly params: IssueParams[K];
    /** The message in Vietnamese and English, built from the catalogues when the issue was made. */
    readonly message: { readonly vi: string; readonly en: string };
    /** The file the issue is in, when known. */
    readonly file?: string | undefined;
    /** `error` (default) or `warning`. */
    readonly severity?: 'error' | 'warning' | undefined;
  };
}[C];

/** Where an issue is and how bad, besides its path. */
export interface IssueOptions {
  /** The file the issue is in. */
  readonly file?: string | undefined;
  /** `warning` for a problem that does not reject (default `error`, left out of the issue). */
  readonly severity?: 'error' | 'warning' | undefined;
}

/**
 * Builds an issue of a code the engine raises: its message comes from the Vietnamese and English
 * catalogues (`src/i18n/`). Codes that only readers, batches, plans, lint and the command line raise
 * ({@link ToolingIssueCodes}) are built by {@link toolingIssue}, whose messages an app bundling only
 * the engine does not carry.
 *
 * @param code - the code
 * @param path - where
 * @param params - what the message needs, typed by code
 * @param options - file and severity
 * @returns the issue
 * @example issue('unknown_operator', ['award', 'foo'], { operator: 'foo' }).message.vi // 'Toán tử không xác định "foo"'
 * @category Errors
 */
export function issue<C extends EngineIssueCode>(
  code: C,
  path: JsonPath,
  params: IssueParams[C],
  options?: IssueOptions,
): Issue<C> {
  return withOptions({ code, path, params, message: engineIssueMessage(code, params) } as Issue<C>, options);
}

/**
 * Adds the file and severity to an issue when given.
 *
 * @internal
 */
export function withOptions<I extends object>(made: I, options: IssueOptions | undefined): I {
  if (options?.file === undefined && options?.severity === undefined) return made;
  return {
    ...made,
    ...(options.file === undefined ? {} : { file: options.file }),
    ...(options.severity === undefined ? {} : { severity: options.severity }),
  };
}

/**
 * Formats a JSON path the way people read it: `$.criteria[0].indicators[2].award`.
 *
 * @param path - the path
 * @returns the path as text
 * @example formatPath(['criteria', 0, 'id']) // '$.criteria[0].id'
 * @category Errors
 */
export function formatPath(path: JsonPath): string {
  let out = '$';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else if (/^[A-Za-z_$][A-Za-z0-9_$]*$/.test(part)) out += `.${part}`;
    else out += `[${JSON.stringify(part)}]`;
  }
  return out;
}

/**
 * Formats issues one per line as `file:json-path: code message`.
 *
 * @param issues - the issues
 * @param locale - message language, `vi` by default
 * @returns the text
 * @category Errors
 */
export function formatIssues(issues: readonly Issue[], locale: 'vi' | 'en' = 'vi'): string {
  return issues
    .map((i) => `${i.file ? `${i.file}:` : ''}${formatPath(i.path)}: ${i.code} ${i.message[locale]}`)
    .join('\n');
}

/** Thrown when a value has one or more issues; `issues` holds them all. */
export class CdhtError extends Error {
  /** Every issue found, never empty. */
  readonly issues: readonly [Issue, ...Issue[]];
  /** Code of the first issue. */
  readonly code: IssueCode;

  constructor(issues: readonly [Issue, ...Issue[]], options?: { cause?: unknown }) {
    const first = issues[0];
    const more = issues.length > 1 ? ` (+${issues.length - 1} more)` : '';
    super(
      `${first.file ? `${first.file}:` : ''}${formatPath(first.path)}: ${first.code} ${first.message.en}${more}`,
      options,
    );
    this.name = 'CdhtError';
    this.issues = issues;
    this.code = first.code;
  }
}
