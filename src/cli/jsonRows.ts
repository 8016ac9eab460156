import { createReadStream } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createInterface } from 'node:readline';

/**
 * Reads rows of JSON, one at a time: NDJSON line by line (constant memory), or a `.json` file
 * holding an array (read whole; such files are small). A line that is not JSON yields `null`, so
 * whoever counts rows still counts it (and can reject it).
 *
 * @param path - the file
 * @returns the rows
 */
export async function* readJsonRows(path: string): AsyncGenerator<unknown> {
  if (path.toLowerCase().endsWith('.json')) {
    let text = await readFile(path, 'utf8');
    if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    const value = JSON.parse(text) as unknown;
    const rows = Array.isArray(value) ? value : [value];
    yield* rows;
    return;
  }
  const lines = createInterface({
    input: createReadStream(path, { encoding: 'utf8' }),
    crlfDelay: Number.POSITIVE_INFINITY,
  });
  let first = true;
  for await (let line of lines) {
    if (first && line.charCodeAt(0) === 0xfeff) line = line.slice(1);
    first = false;
    if (line.trim() === '') continue;
    try {
      yield JSON.parse(line) as unknown;
    } catch {
      yield null;
    }
  }
}
