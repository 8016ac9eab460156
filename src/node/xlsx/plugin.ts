import type { Plugin } from '../../plugins/types.js';
import { xlsxFormatter } from './report.js';

/**
 * Adds the `xlsx` report format to an engine: `createEngine({ plugins: [xlsxPlugin] })`, then
 * `renderReport(input, 'xlsx', {}, engine.formatters)`. The format lives behind `cdht/node` because
 * it needs exceljs (an optional dependency, loaded when the first workbook is written); the CLI
 * adds this plugin to every engine it creates.
 *
 * @category Node
 */
export const xlsxPlugin: Plugin = Object.freeze({
  name: 'cdht:xlsx',
  formatters: Object.freeze({ xlsx: xlsxFormatter }),
});
