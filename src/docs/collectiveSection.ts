/**
 * What only a collective framework's documentation has: what it judges and at which level, who
 * its members are and the member conditions its targets count, its levels, and how it is
 * recognised (deadlines, recogniser, validity), each value flagged when not verified.
 *
 * @module
 */
import type { CollectiveKind, CollectiveLevel, MemberKind, YearDay } from '../format/collectiveSpec.js';
import type { Locale, LocalizedText } from '../format/common.js';
import type { Framework } from '../format/framework.js';
import type { DocBlock, DocRow, DocText } from './blocks.js';
import { formatNumber } from './docText.js';
import { type RuleTextOptions, ruleSentence } from './ruleText.js';

const WORDS = {
  vi: {
    heading: 'Tập thể và thành viên',
    item: 'Mục',
    content: 'Nội dung',
    kind: 'Loại tập thể',
    level: 'Cấp công nhận',
    members: 'Thành viên',
    levels: 'Các mức (từ thấp đến cao)',
    conditionsHeading: 'Điều kiện đối với thành viên',
    conditionsIntro:
      'Các chỉ tiêu đếm thành viên theo những điều kiện sau, tính từ kết quả đánh giá của từng thành viên. Thành viên còn chưa xác định (hoặc chưa có kết quả khi hồ sơ ghi số thành viên) làm chỉ tiêu chưa xác định, trừ khi kết quả đã chắc chắn dù họ thế nào.',
    name: 'Tên',
    condition: 'Điều kiện',
    rule: 'Cách xác định',
    recognitionHeading: 'Hồ sơ và công nhận',
    file: (d: string) => `Nộp hồ sơ trước ngày ${d} năm sau năm đánh giá`,
    decision: (d: string) => `Quyết định công nhận trước ngày ${d} năm sau năm đánh giá`,
    recogniser: (who: string) => `Người công nhận: ${who}`,
    validity: (n: string) => `Thời hạn công nhận: ${n} tháng`,
    unverified: ' (chưa kiểm chứng)',
    noRecognition: 'Bộ tiêu chí không ghi hạn nộp, người công nhận hay thời hạn công nhận (chưa tìm thấy).',
    kinds: {
      household: 'Gia đình học tập',
      clan: 'Dòng họ học tập',
      community: 'Cộng đồng học tập',
      unit: 'Đơn vị học tập',
    },
    levelNames: { village: 'thôn, làng, bản, tổ dân phố', commune: 'xã', district: 'huyện', province: 'tỉnh' },
    memberKinds: { person: 'người', household: 'gia đình', clan: 'dòng họ', community: 'cộng đồng', unit: 'đơn vị' },
  },
  en: {
    heading: 'Collective and members',
    item: 'Item',
    content: 'Content',
    kind: 'Kind of collective',
    level: 'Level of recognition',
    members: 'Members',
    levels: 'Levels (lowest first)',
    conditionsHeading: 'Conditions on members',
    conditionsIntro:
      "The targets count members by these conditions, from each member's own evaluation. Members still undetermined (or without an evaluation when the record gives the number of members) leave a target undetermined, unless the result is certain whichever way they turn out.",
    name: 'Name',
    condition: 'Condition',
    rule: 'How it is decided',
    recognitionHeading: 'Dossier and recognition',
    file: (d: string) => `Dossier due by ${d} of the year after the assessment year`,
    decision: (d: string) => `Recognition decided by ${d} of the year after the assessment year`,
    recogniser: (who: string) => `Recognised by: ${who}`,
    validity: (n: string) => `Recognition valid for ${n} months`,
    unverified: ' (not verified)',
    noRecognition: 'The framework states no deadline, recogniser or validity (not found).',
    kinds: {
      household: 'Learning Family',
      clan: 'Learning Clan',
      community: 'Learning Community',
      unit: 'Learning Unit',
    },
    levelNames: { village: 'village', commune: 'commune', district: 'district', province: 'province' },
    memberKinds: { person: 'persons', household: 'families', clan: 'clans', community: 'communities', unit: 'units' },
  },
} as const;

/**
 * The kind of a collective framework, in words (“Đơn vị học tập”), for overviews and indexes.
 *
 * @param kind - the collective kind
 * @param locale - the language
 * @returns the name of the title family
 * @internal
 */
export function collectiveKindText(kind: CollectiveKind, locale: Locale): string {
  return WORDS[locale].kinds[kind];
}

function dayText(day: YearDay, locale: Locale): string {
  const d = String(day.day).padStart(2, '0');
  const m = String(day.month).padStart(2, '0');
  return locale === 'vi' ? `${d}/${m}` : `${day.day}/${day.month}`;
}

const flagged = (text: string, verified: boolean | undefined, locale: Locale): string =>
  verified === false ? `${text}${WORDS[locale].unverified}` : text;

function overviewRows(framework: Framework, locale: Locale): DocRow[] {
  const w = WORDS[locale];
  const spec = framework.collective;
  if (spec === undefined) return [];
  const rows: [string, DocText][] = [[w.kind, w.kinds[spec.kind]]];
  if (spec.level !== undefined) rows.push([w.level, w.levelNames[spec.level as CollectiveLevel]]);
  const kinds: readonly MemberKind[] = spec.members?.kinds ?? ['person'];
  rows.push([w.members, kinds.map((k) => w.memberKinds[k]).join(', ')]);
  const levelIds = spec.levels ?? framework.titles.map((t) => t.id);
  const label = (id: string): LocalizedText | undefined => framework.titles.find((t) => t.id === id)?.label;
  rows.push([
    w.levels,
    levelIds.flatMap((id, i) => [...(i > 0 ? [' → '] : []), { code: id }, ` ${label(id)?.[locale] ?? ''}`]),
  ]);
  return rows.map(([k, v]) => ({ cells: [k, v] }));
}

/** Names of what a member condition reads, so “titles.cdht” reads as what it is. */
function memberViewLabels(framework: Framework): Record<string, LocalizedText> {
  const labels: Record<string, LocalizedText> = {
    kind: { vi: 'loại thành viên', en: 'the kind of member' },
    group: { vi: 'nhóm đối tượng của phiếu đã điền', en: 'the group of the form filled' },
    recognised: { vi: 'kết quả công nhận của gia đình', en: 'the family’s recognition' },
    total: { vi: 'tổng điểm', en: 'the total' },
  };
  // Title ids a condition may read: the members' (cdht), and any other named in the rules.
  const titles = new Set(['cdht']);
  for (const c of Object.values(framework.collective?.members?.conditions ?? {}))
    for (const m of JSON.stringify(c.rule).matchAll(/"titles\.([A-Za-z0-9_]+)"/g)) titles.add(m[1] as string);
  for (const t of titles)
    labels[`titles.${t}`] =
      t === 'cdht'
        ? { vi: 'đạt danh hiệu “Công dân học tập”', en: 'holds the Learning Citizen title' }
        : { vi: `đạt danh hiệu ${t}`, en: `holds title ${t}` };
  return labels;
}

function conditionBlocks(framework: Framework, rules: RuleTextOptions): DocBlock[] {
  const w = WORDS[rules.locale];
  const conditions = Object.entries(framework.collective?.members?.conditions ?? {});
  if (conditions.length === 0) return [];
  return [
    { kind: 'heading', level: 3, text: w.conditionsHeading },
    { kind: 'paragraph', text: w.conditionsIntro },
    {
      kind: 'table',
      head: [w.name, w.condition, w.rule],
      rows: conditions.map(([name, c]) => ({
        cells: [
          [{ code: name }],
          flagged(c.label[rules.locale], c.verified, rules.locale),
          ruleSentence(c.rule, { ...rules, labels: memberViewLabels(framework) }),
        ],
      })),
    },
  ];
}

function recognitionBlocks(framework: Framework, locale: Locale): DocBlock[] {
  const w = WORDS[locale];
  const r = framework.collective?.recognition;
  const items: string[] = [];
  if (r?.file) items.push(flagged(w.file(dayText(r.file, locale)), r.file.verified, locale));
  if (r?.decision) items.push(flagged(w.decision(dayText(r.decision, locale)), r.decision.verified, locale));
  if (r?.recogniser) items.push(flagged(w.recogniser(r.recogniser.label[locale]), r.recogniser.verified, locale));
  if (r?.validity) {
    const text = flagged(w.validity(formatNumber(r.validity.months, locale)), r.validity.verified, locale);
    items.push(r.validity.note ? `${text}. ${r.validity.note[locale]}` : text);
  }
  return [
    { kind: 'heading', level: 2, text: w.recognitionHeading, anchor: 'recognition' },
    items.length > 0 ? { kind: 'list', items } : { kind: 'paragraph', text: w.noRecognition },
  ];
}

/**
 * The collective sections of a framework's documentation (nothing for a person's form).
 *
 * @param framework - the framework
 * @param rules - language, operators and labels for rule sentences
 * @returns the blocks
 * @internal
 */
export function collectiveBlocks(framework: Framework, rules: RuleTextOptions): DocBlock[] {
  if (framework.kind !== 'collective') return [];
  const w = WORDS[rules.locale];
  return [
    { kind: 'heading', level: 2, text: w.heading, anchor: 'collective' },
    { kind: 'table', head: [w.item, w.content], rows: overviewRows(framework, rules.locale) },
    ...conditionBlocks(framework, rules),
    ...recognitionBlocks(framework, rules.locale),
  ];
}

/**
 * Labels of a collective's member conditions, so rules read “ít nhất 90% thành viên đạt danh hiệu …”.
 *
 * @param framework - the framework
 * @returns labels by condition name
 * @internal
 */
export function memberConditionLabels(framework: Framework): Record<string, LocalizedText> {
  const out: Record<string, LocalizedText> = {};
  for (const [name, c] of Object.entries(framework.collective?.members?.conditions ?? {})) out[name] = c.label;
  return out;
}
