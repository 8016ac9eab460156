import { CdhtError, issue } from '../errors/issue.js';
import { csvFormatter } from './csv.js';
import { htmlFormatter } from './html.js';
import { jsonFormatter } from './json.js';
import { markdownFormatter } from './markdown.js';
import type { ReportFormatOptions, ReportFormatter, ReportInput, ReportOutput } from './types.js';

/**
 * The built-in report formats by name: `md`, `html`, `csv`, `json`. (`xlsx` needs exceljs and is
 * added by `xlsxPlugin` from `cdht/node`.)
 *
 * @category Reports
 */
export const builtinFormatters: Readonly<Record<string, ReportFormatter>> = /* @__PURE__ */ Object.freeze({
  md: markdownFormatter,
  html: htmlFormatter,
  csv: csvFormatter,
  json: jsonFormatter,
});

/**
 * Renders a report in a named format.
 *
 * @param input - the report
 * @param formatName - `md`, `html`, `csv`, `json`, or a name a plugin added (`xlsx` with `xlsxPlugin`)
 * @param options - language (`vi` by default)
 * @param formatters - formats added by plugins (`engine.formatters`), looked up before the built-ins
 * @returns text, or bytes (e.g. `xlsx`)
 * @throws CdhtError `unknown_format` naming the available formats
 * @example const md = await renderReport(input, 'md', { locale: 'en' });
 * @category Reports
 */
export async function renderReport(
  input: ReportInput,
  formatName: string,
  options: ReportFormatOptions = {},
  formatters: Readonly<Record<string, ReportFormatter>> = {},
): Promise<ReportOutput> {
  const formatter = Object.hasOwn(formatters, formatName)
    ? formatters[formatName]
    : Object.hasOwn(builtinFormatters, formatName)
      ? builtinFormatters[formatName]
      : undefined;
  if (!formatter) {
    const known = [...new Set([...Object.keys(builtinFormatters), ...Object.keys(formatters)])];
    throw new CdhtError([issue('unknown_format', [], { kind: 'report', format: formatName, known })]);
  }
  return formatter.format(input, options);
}
