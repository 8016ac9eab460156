import { isAbsolute, relative } from 'node:path';
import { formatPath, type Issue, type Locale } from '../index.js';

/**
 * A file name as people want to read it: relative to the working folder when inside it.
 *
 * @param file - an absolute or relative path
 * @param cwd - the working folder
 * @returns the display name
 */
export function displayPath(file: string, cwd: string): string {
  if (!isAbsolute(file)) return file;
  const rel = relative(cwd, file);
  return rel !== '' && !rel.startsWith('..') && !isAbsolute(rel) ? rel : file;
}

/**
 * One issue as a line `file:json-path: code message`; warnings say so before the message.
 *
 * @param i - the issue
 * @param lang - message language
 * @param cwd - the working folder, to shorten file names
 * @returns the line
 */
export function issueLine(i: Issue, lang: Locale, cwd: string): string {
  const file = i.file ? `${displayPath(i.file, cwd)}:` : '';
  const warn = i.severity === 'warning' ? (lang === 'vi' ? 'cảnh báo: ' : 'warning: ') : '';
  return `${file}${formatPath(i.path)}: ${i.code} ${warn}${i.message[lang]}`;
}

/**
 * An issue as plain JSON for `--json` output and reject files.
 *
 * @param i - the issue
 * @param cwd - the working folder
 * @returns file, path (as text), code, severity, the message's parameters and both messages
 */
export function issueJson(i: Issue, cwd: string): Record<string, unknown> {
  return {
    ...(i.file ? { file: displayPath(i.file, cwd) } : {}),
    path: formatPath(i.path),
    code: i.code,
    severity: i.severity ?? 'error',
    params: i.params,
    message: i.message,
  };
}
