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
