import type { Evaluation, Framework, Locale, TitleDecision } from '../index.js';

import type { CsvColumn } from './output.js';

const DECISION: Readonly<Record<TitleDecision, { vi: string; en: string }>> = {
  awarded: { vi: 'đạt', en: 'awarded' },
  'not-awarded': { vi: 'không đạt', en: 'not awarded' },
  undetermined: { vi: 'chưa xác định', en: 'undetermined' },
};

/**
 * A title decision in words.
 *
 * @param decision - the decision
 * @param lang - language
 * @returns e.g. `không đạt`
 */
export function decisionText(decision: TitleDecision, lang: Locale): string {
  return DECISION[decision][lang];
}

/**
 * The CSV columns of evaluations: who, which framework, period, points, then one column per
 * title and per criterion of the frameworks that may appear (columns must be fixed before the
 * first row of a stream). Headers are Vietnamese in `vi`. The unit is one cell `level=name; …`.
 *
 * @param frameworks - frameworks whose titles and criteria get columns
 * @param lang - header and decision language
 * @returns the columns
 */
export function evaluationColumns(frameworks: readonly Framework[], lang: Locale): CsvColumn<Evaluation>[] {
  const vi = lang === 'vi';
  const titles = new Map<string, string>();
  const criteria: string[] = [];
  for (const f of frameworks) {
    for (const t of f.titles) if (!titles.has(t.id)) titles.set(t.id, t.label[lang]);
    for (const c of f.criteria) if (!criteria.includes(c.id)) criteria.push(c.id);
  }
  const col = (vih: string, enh: string, value: (e: Evaluation) => unknown): CsvColumn<Evaluation> => ({
    header: vi ? vih : enh,
    value,
  });
  return [
    col('Mã người', 'Person id', (e) => e.person),
    col('Họ tên', 'Name', (e) => e.name),
    col('Nhóm', 'Group', (e) => e.group),
    col('Đơn vị', 'Unit', (e) =>
      e.unit
        ? Object.entries(e.unit)
            .map(([k, v]) => `${k}=${v}`)
            .join('; ')
        : '',
    ),
    col('Bộ tiêu chí', 'Framework', (e) => e.framework.id),
    col('Phiên bản', 'Version', (e) => e.framework.version),
    col('Từ ngày', 'Period from', (e) => e.period.from),
    col('Đến ngày', 'Period to', (e) => e.period.to),
    col('Ngày đánh giá', 'As of', (e) => e.asOf),
    col('Tổng điểm', 'Total', (e) => e.total),
    col('Điểm có thể đạt', 'Possible', (e) => e.possible),
    col('Điểm tối đa', 'Maximum', (e) => e.max),
    ...[...titles].map(([id, label]) =>
      col(`Danh hiệu ${label} (${id})`, `Title ${label} (${id})`, (e) => {
        const t = e.titles.find((x) => x.id === id);
        return t ? decisionText(t.decision, lang) : '';
      }),
    ),
    ...criteria.map((id) => col(`Điểm ${id}`, `${id} points`, (e) => e.criteria.find((c) => c.id === id)?.points)),
  ];
}
