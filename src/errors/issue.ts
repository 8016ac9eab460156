/** A path into a JSON document: property names and array indexes. */
export type JsonPath = readonly (string | number)[];

/** A problem found in a file or a value: a code, where, and what, in Vietnamese and English. */
export interface Issue {
  /** Stable snake_case code, see {@link IssueCode}. */
  readonly code: string;
  /** JSON path of the offending value. */
  readonly path: JsonPath;
  /** Human message in Vietnamese and English. */
  readonly message: { readonly vi: string; readonly en: string };
  /** The file the issue is in, when known. */
  readonly file?: string | undefined;
  /** `error` (default) or `warning`. */
  readonly severity?: 'error' | 'warning' | undefined;
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
  readonly code: string;

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

/**
 * Builds an issue.
 *
 * @param code - the code
 * @param path - where
 * @param vi - message in Vietnamese
 * @param en - message in English
 * @returns the issue
 * @category Errors
 */
export function issue(code: string, path: JsonPath, vi: string, en: string): Issue {
  return { code, path, message: { vi, en } };
}
