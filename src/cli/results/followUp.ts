import type { Evaluation, TitleDecision } from '../../index.js';
import type { XlsxTableColumn } from '../../node.js';

import { decisionText } from '../evaluationCsv.js';
import { frameworkOf, groupText, type ResultContext } from './personTable.js';
import type { TableSink } from './table.js';
import { gapText, reasonsText } from './words.js';

/** One person and title still to follow up, with where they live for grouping. */
interface Entry {
  readonly place: readonly string[];
  readonly name: string;
  readonly cells: readonly unknown[];
}

/**
 * The follow-up list: every person not awarded a title or still undetermined, with what each still
 * needs, grouped by commune and village (Vietnamese collation), then by name. It keeps only those
 * people (not the awarded ones) until the end of the run, when {@link FollowUpList.write} sorts them.
 */
export interface FollowUpList {
  readonly columns: readonly XlsxTableColumn[];
  add(e: Evaluation): void;
  /** How many rows the list holds. */
  size(): number;
  write(sink: TableSink): Promise<void>;
}

const STILL_OPEN: ReadonlySet<TitleDecision> = new Set(['not-awarded', 'undetermined']);

/**
 * A follow-up list for the run.
 *
 * @param ctx - frameworks, groups, language, number style
 * @returns the list
 */
export function followUpList(ctx: ResultContext): FollowUpList {
  const { lang } = ctx;
  const vi = lang === 'vi';
  const titleLabels = new Map<string, string>();
  for (const f of ctx.frameworks)
    for (const t of f.titles) if (!titleLabels.has(t.id)) titleLabels.set(t.id, t.label[lang]);
  const entries: Entry[] = [];
  const collator = new Intl.Collator(lang === 'vi' ? 'vi' : 'en', { numeric: true });
  const columns: XlsxTableColumn[] = [
    { header: vi ? 'Xã' : 'Commune', width: 14 },
    { header: vi ? 'Thôn' : 'Village', width: 12 },
    { header: vi ? 'Mã' : 'Person id', width: 12 },
    { header: vi ? 'Họ và tên' : 'Full name', width: 24 },
    { header: vi ? 'Nhóm' : 'Group', width: 20, wrap: true },
    { header: vi ? 'Danh hiệu' : 'Title', width: 18, wrap: true },
    { header: vi ? 'Kết quả' : 'Decision', width: 13 },
    { header: vi ? 'Tổng điểm' : 'Total', width: 9, numFmt: '0.##' },
    { header: vi ? 'Còn thiếu' : 'Still needed', width: 44, wrap: true },
    { header: vi ? 'Lý do' : 'Reasons', width: 44, wrap: true },
  ];
  return {
    columns,
    add(e) {
      const framework = frameworkOf(ctx.frameworks, e);
      const unit = e.unit ?? {};
      const commune = unit.commune ?? unit.agency ?? '';
      const village = unit.village ?? '';
      for (const t of e.titles) {
        if (!STILL_OPEN.has(t.decision)) continue;
        entries.push({
          place: [unit.province ?? '', unit.district ?? '', commune, village],
          name: e.name ?? e.person,
          cells: [
            commune,
            village,
            e.person,
            e.name ?? '',
            groupText(ctx.groups, e.group, lang),
            titleLabels.get(t.id) ?? t.id,
            decisionText(t.decision, lang),
            e.total,
            gapText(t.gap, framework, lang, ctx.decimalComma),
            reasonsText(t, lang),
          ],
        });
      }
    },
    size: () => entries.length,
    async write(sink) {
      const order = (a: Entry, b: Entry): number => {
        for (let i = 0; i < a.place.length; i++) {
          const c = collator.compare(a.place[i] as string, b.place[i] as string);
          if (c !== 0) return c;
        }
        return collator.compare(a.name, b.name);
      };
      entries.sort(order);
      let group: string | undefined;
      for (let i = 0; i < entries.length; i++) {
        const entry = entries[i] as Entry;
        const key = entry.place.join('\u0000');
        if (key !== group) {
          group = key;
          let n = 0;
          for (let j = i; j < entries.length && (entries[j] as Entry).place.join('\u0000') === key; j++) n++;
          const [, , commune, village] = entry.place;
          const where =
            [commune, village].filter((p) => p !== '').join(' — ') || (vi ? '(không rõ đơn vị)' : '(no unit)');
          await sink.addHeading(vi ? `${where}: ${n} trường hợp` : `${where}: ${n} case${n === 1 ? '' : 's'}`);
        }
        await sink.addRow(entry.cells);
      }
    },
  };
}
