import { CdhtError, type CollectiveBatchItem, type Engine, formatNumber, type Locale } from '../index.js';
import { textTable } from './table.js';

/**
 * Decides a collective batch and tabulates it by framework (marked when unverified): how many
 * collectives, how many reach each level (title ids), none, or are still undetermined; then the
 * batch's reconciling counts.
 *
 * @param items - from `engine.evaluateCollectives`
 * @param engine - the engine (framework titles and level labels)
 * @param lang - language
 * @returns the lines to print
 * @throws CdhtError the issues of the first collective or member rejected
 */
export async function collectiveTable(
  items: AsyncIterable<CollectiveBatchItem>,
  engine: Engine,
  lang: Locale,
): Promise<string[]> {
  const rows = new Map<string, { count: number; levels: Map<string, number>; none: number; open: number }>();
  let tail = '';
  for await (const item of items) {
    if (item.kind === 'collective-rejected' || item.kind === 'member-rejected') throw new CdhtError(item.issues);
    if (item.kind === 'summary') {
      const s = item.summary;
      const n = (value: number): string => formatNumber(value, lang);
      tail =
        lang === 'vi'
          ? `${n(s.collectives.evaluated)}/${n(s.collectives.read)} tập thể đã xét; ${n(s.members.counted)} kết quả thành viên được đếm (${n(s.links)} lượt), ${n(s.members.unmatched)} không thuộc tập thể nào`
          : `${n(s.collectives.evaluated)} of ${n(s.collectives.read)} collectives decided; ${n(s.members.counted)} member results counted (${n(s.links)} links), ${n(s.members.unmatched)} in no collective`;
      continue;
    }
    const e = item.evaluation;
    const row = rows.get(e.framework.id) ?? { count: 0, levels: new Map<string, number>(), none: 0, open: 0 };
    row.count++;
    if (e.level.awarded !== null) row.levels.set(e.level.awarded, (row.levels.get(e.level.awarded) ?? 0) + 1);
    else if (e.recognised === 'undetermined') row.open++;
    else row.none++;
    rows.set(e.framework.id, row);
  }
  const body = [...rows].map(([id, r]) => {
    const fw = engine.frameworks().find((f) => f.id === id);
    const levels = (fw?.titles ?? [])
      .filter((t) => (r.levels.get(t.id) ?? 0) > 0)
      .map((t) => `${t.id} ${formatNumber(r.levels.get(t.id) ?? 0, lang)}`)
      .join('; ');
    return [
      `${id}${fw?.verification?.status === 'unverified' ? (lang === 'vi' ? ' (chưa kiểm chứng)' : ' (unverified)') : ''}`,
      r.count,
      levels === '' ? '0' : levels,
      r.none,
      r.open,
    ] as (string | number)[];
  });
  const header =
    lang === 'vi'
      ? ['Bộ tiêu chí', 'Số tập thể', 'Đạt (theo mức)', 'Không đạt', 'Chưa xác định']
      : ['Framework', 'Collectives', 'Recognised (by level)', 'Not recognised', 'Undetermined'];
  return [...textTable(header, body, lang), tail];
}
