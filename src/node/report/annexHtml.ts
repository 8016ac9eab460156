import type { Writable } from 'node:stream';
import { annexHtmlParts } from '../../report/annex.js';
import type { RecognitionEntry, ReportLocale } from '../../report/types.js';

/**
 * Writes the recognition annex as HTML to a stream, unit by unit, waiting for the stream to drain:
 * the same page as `renderAnnexHtml`, from a list read once in its order (e.g. from disk), never
 * held whole.
 *
 * @param out - where the page goes (a file stream); ended when the page is written
 * @param entries - a recognition list in its order (any iterable, read once)
 * @param options - year recognised, report date and language
 * @returns when the page is written and the stream ended
 * @category Node
 */
export async function writeAnnexHtml(
  out: Writable,
  entries: Iterable<RecognitionEntry>,
  options: { readonly year: number; readonly asOf: string; readonly locale?: ReportLocale },
): Promise<void> {
  for (const part of annexHtmlParts(entries, options)) {
    if (!out.write(part)) await new Promise<void>((resolve) => out.once('drain', () => resolve()));
  }
  await new Promise<void>((resolve) => out.end(() => resolve()));
}
