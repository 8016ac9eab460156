import { open } from 'node:fs/promises';
import type { Locale } from '../../index.js';

import type { CsvStyle } from './table.js';

/** How much of a CSV input is read to see its convention. */
const HEAD = 64 * 1024;

/**
 * The style of the CSV outputs: a CSV input's own convention (`;` with the decimal comma, as
 * Vietnamese Excel saves, or `,` with the point), else the language's: `;` and the decimal comma
 * in Vietnamese, `,` and the point in English.
 *
 * @param input - the evidence file, when it is a file
 * @param format - its format
 * @param lang - language
 * @returns the style
 */
export async function csvStyleFor(input: string | undefined, format: string, lang: Locale): Promise<CsvStyle> {
  const byLanguage: CsvStyle =
    lang === 'vi' ? { delimiter: ';', decimalComma: true } : { delimiter: ',', decimalComma: false };
  if (input === undefined || format !== 'csv') return byLanguage;
  const file = await open(input, 'r').catch(() => undefined);
  if (file === undefined) return byLanguage;
  try {
    const buffer = Buffer.alloc(HEAD);
    const { bytesRead } = await file.read(buffer, 0, HEAD, 0);
    let semicolons = 0;
    let commas = 0;
    let quoted = false;
    for (let i = 0; i < bytesRead; i++) {
      const b = buffer[i];
      if (b === 0x22) quoted = !quoted;
      else if (!quoted && b === 0x3b) semicolons++;
      else if (!quoted && b === 0x2c) commas++;
    }
    if (semicolons === 0 && commas === 0) return byLanguage;
    return semicolons > commas ? { delimiter: ';', decimalComma: true } : { delimiter: ',', decimalComma: false };
  } finally {
    await file.close();
  }
}
