import type { Locale } from '../../format/common.js';
import type { EvidenceField, Framework } from '../../format/framework.js';

/** What a template column accepts, for its data validation and its line in the instructions. */
export type _TemplateCheck =
  | { readonly kind: 'text' }
  | { readonly kind: 'number'; readonly min?: number | undefined; readonly max?: number | undefined }
  | { readonly kind: 'whole'; readonly min?: number | undefined; readonly max?: number | undefined }
  | { readonly kind: 'date' }
  | { readonly kind: 'list'; readonly values: readonly string[] }
  | { readonly kind: 'json' };

/** One column of an evidence template: its header, what it holds and the example row's value. */
export interface _TemplateColumn {
  /** The header, which the readers read back (a core alias or one of the field's). */
  readonly header: string;
  /** The field path the readers put it in (`null`: read past). */
  readonly path: string | null;
  /** What to write, in words. */
  readonly help: string;
  readonly check: _TemplateCheck;
  readonly required: boolean;
  /** The example row's cell. */
  readonly example: string | number | Date | undefined;
  /** Column width in characters. */
  readonly width: number;
}

const W = (vi: string, en: string, lang: Locale): string => (lang === 'vi' ? vi : en);

/** The columns every template starts with: row number, who, when, where. */
function coreColumns(framework: Framework, lang: Locale): _TemplateColumn[] {
  const t = (vi: string, en: string) => W(vi, en, lang);
  const col = (
    header: string,
    path: string | null,
    help: string,
    example: _TemplateColumn['example'],
    width: number,
    check: _TemplateCheck = { kind: 'text' },
    required = false,
  ): _TemplateColumn => ({ header, path, help, check, required, example, width });
  return [
    col('STT', null, t('Số thứ tự (không bắt buộc)', 'Row number (optional)'), t('Ví dụ', 'Example'), 6),
    col(
      t('Mã', 'Person id'),
      'id',
      t('Mã người, không trùng trong tệp', 'Person id, unique in the file'),
      'VD-001',
      12,
      { kind: 'text' },
      true,
    ),
    col(
      t('Họ và tên', 'Full name'),
      'name',
      t('Họ và tên đầy đủ', 'Full name'),
      t('Nguyễn Văn Mẫu', 'Nguyen Van Mau'),
      24,
    ),
    col(
      t('Ngày sinh', 'Date of birth'),
      'data.birthDate',
      t('Ngày sinh dd/MM/yyyy (cho danh sách công nhận)', 'Date of birth dd/MM/yyyy (for the recognition list)'),
      new Date(Date.UTC(1980, 0, 15)),
      12,
      { kind: 'date' },
    ),
    col(
      t('Năm', 'Year'),
      'period',
      t('Năm đánh giá, 4 chữ số', 'Year assessed, 4 digits'),
      '2025',
      8,
      { kind: 'whole', min: 2000, max: 2100 },
      true,
    ),
    col(t('Tỉnh', 'Province'), 'unit.province', t('Tỉnh, thành phố', 'Province or city'), 'Kon Tum', 14),
    col(
      t('Huyện', 'District'),
      'unit.district',
      t('Huyện, quận (bỏ trống nếu không còn cấp huyện)', 'District (blank where there is none)'),
      'Kon Rẫy',
      14,
    ),
    col(t('Xã', 'Commune'), 'unit.commune', t('Xã, phường, thị trấn', 'Commune or ward'), 'Đắk Ruồng', 14),
    col(
      t('Thôn', 'Village'),
      'unit.village',
      t('Thôn, làng, tổ dân phố', 'Village or residential group'),
      'Thôn 1',
      12,
    ),
    col(
      t('Bộ tiêu chí', 'Framework'),
      'framework',
      t(`Giữ nguyên: ${framework.id}`, `Keep as is: ${framework.id}`),
      framework.id,
      16,
      { kind: 'list', values: [framework.id] },
      true,
    ),
  ];
}

/** Groups whose form is filled at a workplace: they name their learning unit and its level. */
const AT_WORK = new Set(['official', 'worker']);

/**
 * The membership columns: plans count people by the learning family, clan, community and unit
 * they belong to, not by the form they filled, so a sheet without them counts nobody there.
 */
function membershipColumns(framework: Framework, lang: Locale): _TemplateColumn[] {
  if (framework.kind !== 'individual') return [];
  const t = (vi: string, en: string) => W(vi, en, lang);
  const col = (
    header: string,
    path: string,
    help: string,
    example: string,
    check: _TemplateCheck = { kind: 'text' },
  ) => ({
    header,
    path,
    help,
    check,
    required: false,
    example,
    width: 16,
  });
  const columns: _TemplateColumn[] = [
    col(
      t('Hộ gia đình', 'Household'),
      'memberships.household',
      t(
        'Mã hộ gia đình người này thuộc về (để tính chỉ tiêu gia đình học tập)',
        'Id of the household the person belongs to (for the learning-family targets)',
      ),
      'ĐR-T1-H07',
    ),
    col(t('Dòng họ', 'Clan'), 'memberships.clan', t('Mã hoặc tên dòng họ, nếu có', 'Clan id or name, if any'), ''),
    col(
      t('Cộng đồng', 'Community'),
      'memberships.community',
      t(
        'Mã cộng đồng (thôn, làng, tổ dân phố) người này thuộc về',
        'Id of the community (village, residential group) the person belongs to',
      ),
      'Đắk Ruồng/Thôn 1',
    ),
  ];
  if (!AT_WORK.has(framework.group)) return columns;
  return [
    ...columns,
    col(
      t('Đơn vị học tập', 'Learning unit'),
      'memberships.employer',
      t('Cơ quan, đơn vị nơi làm việc', 'The agency or unit the person works in'),
      'UBND xã Đắk Ruồng',
    ),
    col(
      t('Cấp đơn vị', 'Employer level'),
      'memberships.employerLevel',
      t('Cấp của đơn vị: xã, huyện, tỉnh, trung ương', 'Level of the unit: commune, district, province, central'),
      t('xã', 'commune'),
      {
        kind: 'list',
        values: lang === 'vi' ? ['xã', 'huyện', 'tỉnh', 'trung ương'] : ['commune', 'district', 'province', 'central'],
      },
    ),
  ];
}

/** The part of a label before its colon (`Điểm TC1.1`), which the readers know as an alias. */
function shortLabel(label: string): string {
  const colon = label.indexOf(':');
  return colon > 0 ? label.slice(0, colon).trim() : label;
}

function range(field: EvidenceField, lang: Locale): string {
  const { min, max } = field;
  if (min !== undefined && max !== undefined) return W(`từ ${min} đến ${max}`, `from ${min} to ${max}`, lang);
  if (min !== undefined) return W(`từ ${min}`, `at least ${min}`, lang);
  if (max !== undefined) return W(`đến ${max}`, `at most ${max}`, lang);
  return '';
}

/** The columns of one declared evidence field (two for an assessment: self and reviewed). */
function fieldColumns(name: string, field: EvidenceField, lang: Locale): _TemplateColumn[] {
  const label = field.label[lang];
  const help = field.description?.[lang] ?? label;
  const base = { required: field.required === true, width: Math.min(30, Math.max(12, label.length * 0.6)) };
  const mid = (field.min ?? 0) + ((field.max ?? 10) - (field.min ?? 0)) * 0.8;
  switch (field.type) {
    case 'assessment': {
      const short = shortLabel(label);
      const score: _TemplateCheck = { kind: 'number', min: field.min ?? 0, max: field.max ?? 10 };
      const span = range({ ...field, min: field.min ?? 0, max: field.max ?? 10 }, lang);
      return [
        {
          ...base,
          header: `${short} ${W('(tự đánh giá)', '(self)', lang)}`,
          path: `data.${name}.self`,
          help: `${label}: ${W('điểm tự đánh giá', 'self-assessed score', lang)} ${span}`,
          check: score,
          example: Math.round(mid),
        },
        {
          ...base,
          required: false,
          header: `${short} ${W('(thẩm định)', '(reviewed)', lang)}`,
          path: `data.${name}.reviewed`,
          help: `${label}: ${W('điểm thẩm định, nếu có (thay điểm tự đánh giá)', 'reviewed score, if any (replaces the self-assessed one)', lang)} ${span}`,
          check: score,
          example: undefined,
        },
      ];
    }
    case 'number':
    case 'integer':
      return [
        {
          ...base,
          header: label,
          path: `data.${name}`,
          help: `${help} ${range(field, lang)}${field.unit ? ` (${field.unit})` : ''}`.trim(),
          check: { kind: field.type === 'integer' ? 'whole' : 'number', min: field.min, max: field.max },
          example: field.type === 'integer' ? Math.round(mid) : mid,
        },
      ];
    case 'boolean':
      return [
        {
          ...base,
          header: label,
          path: `data.${name}`,
          help,
          check: { kind: 'list', values: W('có,không', 'yes,no', lang).split(',') },
          example: W('có', 'yes', lang),
        },
      ];
    case 'date':
      return [
        {
          ...base,
          header: label,
          path: `data.${name}`,
          help: `${help} (dd/MM/yyyy)`,
          check: { kind: 'date' },
          example: new Date(Date.UTC(2025, 2, 15)),
        },
      ];
    case 'enum':
      return [
        {
          ...base,
          header: label,
          path: `data.${name}`,
          help,
          check: { kind: 'list', values: field.values ?? [] },
          example: field.values?.[0],
        },
      ];
    case 'string':
      return [
        {
          ...base,
          header: label,
          path: `data.${name}`,
          help,
          check: field.values ? { kind: 'list', values: field.values } : { kind: 'text' },
          example: field.values?.[0],
        },
      ];
    default:
      // Lists, objects and plugin types: a JSON value in one cell.
      return [
        {
          ...base,
          header: label,
          path: `data.${name}`,
          help: `${help} (JSON)`,
          check: { kind: 'json' },
          example: undefined,
        },
      ];
  }
}

/**
 * The columns of a framework's evidence template: STT, who, when and where, the framework id, then
 * each declared evidence field in order (an assessment as its self and reviewed scores), then
 * the memberships plans count people by (household, clan, community; learning unit and its level
 * for the officials' and workers' forms), then notes. Every header is one the evidence readers read back into the field it names; a header two
 * fields would share is replaced by the field path.
 *
 * @internal
 */
export function _templateColumns(framework: Framework, lang: Locale): _TemplateColumn[] {
  const columns = [...coreColumns(framework, lang)];
  for (const [name, field] of Object.entries(framework.evidence)) columns.push(...fieldColumns(name, field, lang));
  columns.push(...membershipColumns(framework, lang));
  columns.push({
    header: W('Ghi chú', 'Notes', lang),
    path: null,
    help: W('Ghi chú của người nhập (không được đánh giá)', 'Notes (not evaluated)', lang),
    check: { kind: 'text' },
    required: false,
    example: W('Dòng ví dụ: không được đánh giá, có thể xoá', 'Example row: not evaluated, may be deleted', lang),
    width: 30,
  });
  const seen = new Map<string, number>();
  for (const c of columns)
    seen.set(c.header.toLocaleLowerCase('vi'), (seen.get(c.header.toLocaleLowerCase('vi')) ?? 0) + 1);
  return columns.map((c) =>
    c.path !== null && (seen.get(c.header.toLocaleLowerCase('vi')) ?? 0) > 1 ? { ...c, header: c.path } : c,
  );
}
