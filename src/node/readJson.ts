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
    throw new CdhtError([
      { ...issue('invalid_json', [], 'tệp không phải UTF-8', 'the file is not valid UTF-8'), file },
    ]);
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  try {
    return JSON.parse(text);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const pos = /position (\d+)/.exec(message);
    let where = '';
    if (pos) {
      const before = text.slice(0, Number(pos[1]));
      const line = before.split('\n').length;
      const column = Number(pos[1]) - before.lastIndexOf('\n');
      where = ` (${line}:${column})`;
    }
    throw new CdhtError([
      {
        ...issue('invalid_json', [], `JSON không hợp lệ${where}: ${message}`, `invalid JSON${where}: ${message}`),
        file,
      },
    ]);
  }
}
