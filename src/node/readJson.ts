import { readFile } from 'node:fs/promises';
import { CdhtError, type Issue } from '../errors/issue.js';
import { toolingIssue } from '../errors/toolingIssue.js';
import { lineColumn, scanJsonText } from './jsonScan.js';

/**
 * How deep a JSON file may nest (arrays and objects one inside another). Far above any real
 * framework, plan, case or population file (they use fewer than 80 levels, a rule at most 64),
 * and low enough that no later pass can overflow the stack.
 *
 * @category Node
 */
export const MAX_JSON_FILE_DEPTH = 1_000;

/** Path segments kept in a depth issue: where the deep value starts, not all of its levels. */
const DEPTH_PATH_SHOWN = 8;

function fail(file: string, found: Issue): never {
  throw new CdhtError([{ ...found, file }]);
}

function parse(text: string, file: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const pos = /position (\d+)/.exec(message);
    const where = pos ? lineColumn(text, Number(pos[1])) : {};
    return fail(file, toolingIssue('invalid_json', [], { kind: 'syntax', detail: message, ...where }));
  }
}

/**
 * Reads a UTF-8 JSON file (a BOM is allowed) strictly: a syntax error, trailing content after the
 * value, a key written twice in one object (which `JSON.parse` would resolve silently, keeping
 * the last) and nesting deeper than 1,000 levels are errors naming the file, the
 * line and the column.
 *
 * @param file - path of the file
 * @returns the parsed value
 * @throws CdhtError with code `invalid_json`, `duplicate_key` (path of the second key, both
 *   positions) or `json_too_deep`
 * @category Node
 */
export async function readJsonFile(file: string): Promise<unknown> {
  const buffer = await readFile(file);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(buffer);
  } catch {
    return fail(file, toolingIssue('invalid_json', [], { kind: 'not_utf8' }));
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  // JSON.parse first: it checks the syntax (trailing content included) without recursion, so
  // the scan below reads valid text only.
  const value = parse(text, file);
  const problem = scanJsonText(text, MAX_JSON_FILE_DEPTH);
  if (problem?.kind === 'duplicate_key') {
    fail(
      file,
      toolingIssue('duplicate_key', problem.path, {
        kind: 'file',
        key: problem.key,
        at: lineColumn(text, problem.at),
        first: lineColumn(text, problem.first),
      }),
    );
  }
  if (problem?.kind === 'too_deep') {
    const shown = problem.path.slice(0, DEPTH_PATH_SHOWN);
    fail(file, toolingIssue('json_too_deep', shown, { max: MAX_JSON_FILE_DEPTH, at: lineColumn(text, problem.at) }));
  }
  return value;
}
