import type ExcelJS from 'exceljs';

/**
 * Print setup every cdht sheet gets, so a sheet prints as officers hand it in: A4 in the given
 * orientation, fitted to the page width (as many pages down as needed, whole rows on each), the
 * header row frozen on screen and repeated on every printed page, narrow margins. Returned as
 * worksheet options because exceljs's streaming writer takes views only when a sheet is added.
 *
 * @param orientation - `landscape` for the metrics tables, `portrait` for the annex
 * @param headerRow - the row holding the column headers (1 unless title rows sit above)
 * @returns options for `addWorksheet`
 * @internal
 */
export function printLayout(
  orientation: 'landscape' | 'portrait',
  headerRow = 1,
): Pick<ExcelJS.AddWorksheetOptions, 'pageSetup' | 'views'> {
  return {
    pageSetup: {
      paperSize: 9,
      orientation,
      fitToPage: true,
      fitToWidth: 1,
      // 0: as many pages down as the rows need.
      fitToHeight: 0,
      horizontalCentered: true,
      printTitlesRow: `${headerRow}:${headerRow}`,
      margins: { left: 0.4, right: 0.4, top: 0.5, bottom: 0.5, header: 0.3, footer: 0.3 },
    },
    views: [{ state: 'frozen', ySplit: headerRow, xSplit: 0 }],
  };
}

/**
 * Makes a sheet of exceljs's streaming writer keep the page setup's print options (the table
 * centred across the page): the streaming writer, unlike the in-memory one, leaves the
 * `printOptions` element out. It goes just before the page margins, where the schema puts it.
 *
 * @param ws - a sheet just added to a streaming workbook
 * @returns the same sheet
 * @internal
 */
export function withPrintOptions<T extends object>(ws: T): T {
  const writer = ws as unknown as {
    _writePageMargins?: () => void;
    stream: { write(text: string): void };
    pageSetup: { horizontalCentered?: boolean; verticalCentered?: boolean };
  };
  const margins = writer._writePageMargins;
  if (typeof margins !== 'function') return ws;
  writer._writePageMargins = () => {
    const { horizontalCentered, verticalCentered } = writer.pageSetup;
    if (horizontalCentered || verticalCentered)
      writer.stream.write(
        `<printOptions${horizontalCentered ? ' horizontalCentered="1"' : ''}${verticalCentered ? ' verticalCentered="1"' : ''}/>`,
      );
    margins.call(writer);
  };
  return ws;
}
