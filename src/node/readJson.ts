import { readFile } from 'node:fs/promises';
import { CdhtError, issue } from '../errors/issue.js';

/**
 * Reads a UTF-8 JSON file (a BOM is allowed). Syntax errors name the file, the line and the column.
 *
 * @param file - path of the file
 * @returns the parsed value
 * @throws CdhtError with code `invalid_json`
 * @category Node
 */
export async function readJsonFile(file: string): Promise<unknown> {
  const buffer = await readFile(file);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(buffer);
  } catch {
    throw new CdhtError([issue('invalid_json', [], { kind: 'not_utf8' }, { file })]);
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  try {
    return JSON.parse(text);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const pos = /position (\d+)/.exec(message);
    let where: { line: number; column: number } | Record<string, never> = {};
    if (pos) {
      const before = text.slice(0, Number(pos[1]));
      where = { line: before.split('\n').length, column: Number(pos[1]) - before.lastIndexOf('\n') };
    }
    throw new CdhtError([issue('invalid_json', [], { kind: 'syntax', detail: message, ...where }, { file })]);
  }
}
