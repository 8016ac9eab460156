/**
 * Header aliases: the words officers write above their columns ("Họ và tên", "Thôn", "Điểm TC1.1
 * (tự đánh giá)") read as the field paths the records use (`name`, `unit.village`,
 * `data.tc1_1.self`). The core table is here, in the Node readers, so it never weighs on the
 * browser bundle; a framework adds its own through its evidence fields: each field's labels, the
 * part of a label before its colon ("Điểm TC1.1"), and the field's declared `aliases`.
 *
 * @module
 * @internal
 */
import type { EvidenceField } from '../../format/framework.js';

type Path = readonly (string | number)[];

/**
 * What a header cell means: a field path, `null` for a column that is read past (STT, Ghi chú),
 * or `undefined` when the cell is no alias (then it must be a field path itself).
 *
 * @internal
 */
export type _HeaderAliases = (text: string) => Path | null | undefined;

/** Columns every sheet may have that hold no evidence: row numbers and notes. */
const IGNORED = ['stt', 'tt', 'số thứ tự', 'ghi chú', 'no.', 'no', 'notes', 'note'];

/** The core aliases, Vietnamese first; the keys are normalised by {@link _aliasKey}. */
const CORE: Readonly<Record<string, string>> = {
  mã: 'id',
  'mã số': 'id',
  'mã người': 'id',
  'mã định danh': 'id',
  'số định danh': 'id',
  'mã công dân': 'id',
  'person id': 'id',
  'họ và tên': 'name',
  'họ tên': 'name',
  'full name': 'name',
  nhóm: 'group',
  'nhóm đối tượng': 'group',
  'đối tượng': 'group',
  'bộ tiêu chí': 'framework',
  'phiếu đánh giá': 'framework',
  framework: 'framework',
  năm: 'period',
  'năm đánh giá': 'period',
  'kỳ đánh giá': 'period',
  year: 'period',
  'từ ngày': 'period.from',
  'đến ngày': 'period.to',
  tỉnh: 'unit.province',
  'tỉnh/thành phố': 'unit.province',
  'tỉnh, thành phố': 'unit.province',
  province: 'unit.province',
  huyện: 'unit.district',
  quận: 'unit.district',
  'huyện/quận': 'unit.district',
  'quận/huyện': 'unit.district',
  'huyện, quận': 'unit.district',
  district: 'unit.district',
  xã: 'unit.commune',
  phường: 'unit.commune',
  'xã/phường': 'unit.commune',
  'xã, phường': 'unit.commune',
  'xã/phường/thị trấn': 'unit.commune',
  'xã, phường, thị trấn': 'unit.commune',
  commune: 'unit.commune',
  thôn: 'unit.village',
  'tổ dân phố': 'unit.village',
  'thôn/tổ dân phố': 'unit.village',
  'thôn, tổ dân phố': 'unit.village',
  'thôn, làng': 'unit.village',
  'thôn/làng': 'unit.village',
  'thôn, làng, tổ dân phố': 'unit.village',
  làng: 'unit.village',
  bản: 'unit.village',
  buôn: 'unit.village',
  ấp: 'unit.village',
  village: 'unit.village',
  'cơ quan': 'unit.agency',
  'cơ quan, đơn vị': 'unit.agency',
  'đơn vị công tác': 'unit.agency',
  agency: 'unit.agency',
  'hộ gia đình': 'memberships.household',
  'mã hộ gia đình': 'memberships.household',
  'mã hộ': 'memberships.household',
  'gia đình': 'memberships.household',
  household: 'memberships.household',
  'dòng họ': 'memberships.clan',
  clan: 'memberships.clan',
  'cộng đồng': 'memberships.community',
  'cộng đồng (thôn, tổ dân phố)': 'memberships.community',
  community: 'memberships.community',
  'đơn vị học tập': 'memberships.employer',
  'đơn vị học tập (nơi làm việc)': 'memberships.employer',
  'learning unit': 'memberships.employer',
  employer: 'memberships.employer',
  'cấp đơn vị': 'memberships.employerLevel',
  'cấp đơn vị học tập': 'memberships.employerLevel',
  'employer level': 'memberships.employerLevel',
  'ngày sinh': 'data.birthDate',
  'date of birth': 'data.birthDate',
  'năm sinh': 'data.birthYear',
  'year of birth': 'data.birthYear',
};

/** Suffixes that say which score of an assessment a column holds. */
const SELF = ['(tự đánh giá)', '(tự chấm)', '(self)', '(self-assessed)'];
const REVIEWED = ['(thẩm định)', '(điểm thẩm định)', '(hội đồng thẩm định)', '(reviewed)'];

/**
 * The form a header is compared in: NFC, lower case (Vietnamese rules), one space between words,
 * no space around `/`, and no trailing `:` or `*` (the marks of a label and of a required column).
 *
 * @param text - a header cell
 * @returns the key
 * @example _aliasKey(' Họ  và TÊN * ') // 'họ và tên'
 * @internal
 */
export function _aliasKey(text: string): string {
  return text
    .normalize('NFC')
    .toLocaleLowerCase('vi')
    .replace(/\s+/g, ' ')
    .replace(/ ?\/ ?/g, '/')
    .replace(/[\s:*]+$/, '')
    .trim();
}

function toPath(path: string): Path {
  return path.split('.');
}

/**
 * The aliases of the core table and of the declared evidence fields. An alias two fields claim
 * for different paths is dropped: the column is then unknown and the header error names it,
 * rather than the values landing in the wrong field.
 *
 * @param evidence - the declared evidence fields, if any
 * @returns the resolver
 * @internal
 */
export function _headerAliases(evidence: Readonly<Record<string, EvidenceField>> | undefined): _HeaderAliases {
  const table = new Map<string, Path | null>();
  for (const word of IGNORED) table.set(word, null);
  for (const [word, path] of Object.entries(CORE)) table.set(word, toPath(path));
  const fromFields = new Map<string, Path>();
  const clash = new Set<string>();
  const add = (word: string, path: Path): void => {
    const key = _aliasKey(word);
    if (key === '' || table.has(key)) return;
    const before = fromFields.get(key);
    if (before === undefined) fromFields.set(key, path);
    else if (before.join('.') !== path.join('.')) clash.add(key);
  };
  for (const [name, field] of Object.entries(evidence ?? {})) {
    const base = ['data', name];
    const names = [name, field.label.vi, field.label.en, ...(field.aliases ?? [])];
    for (const label of [field.label.vi, field.label.en]) {
      const colon = label.indexOf(':');
      if (colon > 0) names.push(label.slice(0, colon));
    }
    for (const word of names) {
      add(word, base);
      if (field.type !== 'assessment') continue;
      for (const s of SELF) add(`${word} ${s}`, [...base, 'self']);
      for (const s of REVIEWED) add(`${word} ${s}`, [...base, 'reviewed']);
    }
  }
  for (const key of clash) fromFields.delete(key);
  for (const [key, path] of fromFields) table.set(key, path);
  return (text) => table.get(_aliasKey(text));
}
