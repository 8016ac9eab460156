/**
 * The printable self-assessment sheet (phiếu tự đánh giá): one row per indicator with empty score
 * columns, the totals, the title requirements and signature lines. It starts on a new page.
 *
 * @module
 */
import type { Framework } from '../format/framework.js';
import type { DocBlock, DocRow } from './blocks.js';
import { criterionMax, indicatorLabel } from './criteriaSection.js';
import { docWords, formatNumber } from './docText.js';
import { maxTotal } from './overview.js';
import type { RuleTextOptions } from './ruleText.js';
import { criterionMinimum, indicatorMinimum, shownMinimum, titleRequirementSentences } from './titleSection.js';

/**
 * The self-assessment sheet. The minimum column shows what the titles require of each indicator
 * and criterion when they agree (always with one title); otherwise their own minimums.
 *
 * @param framework - the framework
 * @param rules - language, operators and labels for rule sentences
 * @returns the blocks, starting with a page break
 * @internal
 */
export function assessmentSheetBlocks(framework: Framework, rules: RuleTextOptions): DocBlock[] {
  const { locale } = rules;
  const w = docWords(locale);
  const n = (value: number | undefined): string => (value === undefined ? '—' : formatNumber(value, locale));
  const rows: DocRow[] = [];
  let index = 0;
  for (const criterion of framework.criteria) {
    rows.push({
      role: 'group',
      cells: [
        '',
        [{ strong: criterion.id }],
        [{ strong: criterion.label[locale] }],
        n(criterionMax(criterion)),
        n(
          shownMinimum(
            criterion.min,
            framework.titles.map((t) => criterionMinimum(criterion, t)),
          ),
        ),
        '',
        '',
        '',
      ],
    });
    for (const indicator of criterion.indicators) {
      index += 1;
      const min = shownMinimum(
        indicator.min,
        framework.titles.map((t) => indicatorMinimum(indicator, t)),
      );
      rows.push({
        cells: [
          String(index),
          indicator.id,
          indicatorLabel(indicator, locale),
          n(indicator.points),
          n(min),
          '',
          '',
          '',
        ],
      });
    }
  }
  rows.push({
    role: 'total',
    cells: ['', '', [{ strong: w.total }], [{ strong: n(maxTotal(framework)) }], '', '', '', ''],
  });
  const blocks: DocBlock[] = [
    { kind: 'pageBreak' },
    {
      kind: 'heading',
      level: 2,
      text: `${w.sheetHeading} — ${framework.title[locale]}`,
      anchor: 'self-assessment',
    },
    { kind: 'paragraph', text: [{ code: `${framework.id}@${framework.version}` }] },
    { kind: 'blanks', items: w.sheetPerson },
    { kind: 'paragraph', text: w.sheetIntro },
    {
      kind: 'table',
      variant: 'sheet',
      head: [
        w.rowNumber,
        w.code,
        w.criterionOrIndicator,
        w.maxPoints,
        w.minPoints,
        w.selfScore,
        w.reviewedScore,
        w.notes,
      ],
      rows,
      numeric: [3, 4],
    },
  ];
  for (const title of framework.titles) {
    const sentences = titleRequirementSentences(title, framework, rules);
    blocks.push({
      kind: 'paragraph',
      text: [{ strong: `${w.result}: ` }, w.resultLine(title.label[locale])],
    });
    if (sentences.length > 0) blocks.push({ kind: 'list', items: sentences });
  }
  blocks.push({ kind: 'signatures', items: w.signatures });
  return blocks;
}
