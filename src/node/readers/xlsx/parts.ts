import type { Entry } from 'yauzl';
import { _wholeFile, _xlsxTooLarge } from '../issues.js';
import type { ReaderLimits } from '../types.js';
import { _XmlError, type _XmlHandler, _XmlTokenizer } from './xml.js';
import type { _Zip } from './zip.js';

/** Small parts (relationships, workbook, styles) have no business being larger. */
const SMALL_PART = 16 * 1024 * 1024;
/** Shared strings and sheets: past this much inflated XML a part is a decompression bomb, not data. @internal */
export const LARGE_PART = 2 * 1024 * 1024 * 1024;

async function parse(zip: _Zip, entry: Entry, maxBytes: number, handler: _XmlHandler): Promise<void> {
  const tokenizer = new _XmlTokenizer(handler);
  for await (const piece of zip.text(entry, maxBytes)) tokenizer.write(piece);
  tokenizer.end();
}

/** Where the workbook's parts are, and how it counts dates. @internal */
export interface _WorkbookParts {
  readonly sheet: Entry;
  readonly sharedStrings: Entry | undefined;
  readonly styles: Entry | undefined;
  readonly date1904: boolean;
}

/**
 * Finds the first sheet (by tab order, from `xl/workbook.xml` and its relationships), the shared
 * strings and the styles.
 *
 * @internal
 */
export async function _findParts(zip: _Zip): Promise<_WorkbookParts> {
  const workbook = zip.entries.get('xl/workbook.xml');
  let firstSheet: string | undefined;
  let date1904 = false;
  if (workbook) {
    await parse(zip, workbook, SMALL_PART, {
      open(name, a) {
        if (name === 'sheet' && firstSheet === undefined) firstSheet = a.id ?? '';
        if (name === 'workbookPr') date1904 = a.date1904 === '1' || a.date1904 === 'true';
      },
      close() {},
      text() {},
    });
  }
  const targets = new Map<string, string>();
  const byType = new Map<string, string>();
  const rels = zip.entries.get('xl/_rels/workbook.xml.rels');
  if (rels) {
    await parse(zip, rels, SMALL_PART, {
      open(name, a) {
        if (name !== 'Relationship' || a.Target === undefined) return;
        const target = a.Target.startsWith('/') ? a.Target.slice(1) : `xl/${a.Target}`;
        if (a.Id !== undefined) targets.set(a.Id, target);
        const type = (a.Type ?? '').slice((a.Type ?? '').lastIndexOf('/') + 1);
        if (!byType.has(type)) byType.set(type, target);
      },
      close() {},
      text() {},
    });
  }
  const sheetPath = (firstSheet !== undefined ? targets.get(firstSheet) : undefined) ?? 'xl/worksheets/sheet1.xml';
  const sheet = zip.entries.get(sheetPath);
  if (!sheet) throw new _XmlError({ kind: 'no_worksheet', part: sheetPath });
  return {
    sheet,
    sharedStrings: zip.entries.get(byType.get('sharedStrings') ?? 'xl/sharedStrings.xml'),
    styles: zip.entries.get(byType.get('styles') ?? 'xl/styles.xml'),
    date1904,
  };
}

// Built-in number formats that show a date or time (ECMA-376 18.8.30, and the East Asian ones).
const DATE_FORMAT_IDS = new Set([
  14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 45, 46, 47, 50, 51, 52, 53, 54, 55, 56,
  57, 58,
]);

/** Whether a number format code shows a date or time: d, m, y, h or s outside quotes, escapes and colours. */
function isDateCode(code: string): boolean {
  const bare = code.replace(/"[^"]*"|\\.|_.|\*.|\[[^\]]*\]/g, '');
  return /[dmyhs]/i.test(bare) && !/^general$/i.test(bare.trim());
}

/**
 * For each cell style (`s` attribute), whether its number format is a date. At most 65,536 styles
 * and formats are read (Excel allows 64,000); more is a whole-file error.
 *
 * @internal
 */
export async function _readDateStyles(zip: _Zip, styles: Entry | undefined): Promise<readonly boolean[]> {
  if (!styles) return [];
  const codes = new Map<number, string>();
  const dates: boolean[] = [];
  let inCellXfs = false;
  await parse(zip, styles, SMALL_PART, {
    open(name, a) {
      if (name === 'numFmt' && a.numFmtId !== undefined) codes.set(Number(a.numFmtId), a.formatCode ?? '');
      else if (name === 'cellXfs') inCellXfs = true;
      else if (name === 'xf' && inCellXfs) {
        const id = Number(a.numFmtId ?? 0);
        const code = codes.get(id);
        dates.push(code === undefined ? DATE_FORMAT_IDS.has(id) : isDateCode(code));
      }
      if (codes.size + dates.length > 65_536) throw new _XmlError({ kind: 'too_many_styles', limit: 65_536 });
    },
    close(name) {
      if (name === 'cellXfs') inCellXfs = false;
    },
    text() {},
  });
  return dates;
}

/**
 * Reads the shared-strings table, under its caps: at most `limits.sharedStrings` entries and
 * `limits.sharedStringChars` characters in all. A string longer than a cell may be is kept cut
 * one character past that cap, so a cell using it is still rejected as too long. Phonetic runs
 * (`rPh`) are not part of the text.
 *
 * @throws CdhtError `xlsx_too_large` past a cap
 * @internal
 */
export async function _readSharedStrings(
  zip: _Zip,
  entry: Entry | undefined,
  limits: ReaderLimits,
): Promise<readonly string[]> {
  if (!entry) return [];
  const strings: string[] = [];
  let total = 0;
  let current: string[] | undefined;
  let length = 0;
  let inText = false;
  let phonetic = 0;
  const tooMany = () => _wholeFile(_xlsxTooLarge({ kind: 'shared_strings', limit: limits.sharedStrings }));
  await parse(zip, entry, LARGE_PART, {
    open(name) {
      if (name === 'si') {
        current = [];
        length = 0;
        if (strings.length >= limits.sharedStrings) throw tooMany();
      } else if (name === 'rPh') phonetic++;
      else if (name === 't' && phonetic === 0) inText = true;
    },
    close(name) {
      if (name === 'si' && current) {
        strings.push(current.join(''));
        current = undefined;
      } else if (name === 'rPh') phonetic--;
      else if (name === 't') inText = false;
    },
    text(piece) {
      if (!inText || !current) return;
      const room = limits.cellChars + 1 - length;
      if (room <= 0) return;
      const kept = piece.length > room ? piece.slice(0, room) : piece;
      current.push(kept);
      length += kept.length;
      total += kept.length;
      if (total > limits.sharedStringChars) {
        throw _wholeFile(_xlsxTooLarge({ kind: 'shared_string_chars', limit: limits.sharedStringChars }));
      }
    },
  });
  return strings;
}
