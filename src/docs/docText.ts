/**
 * Fixed wording of the generated criteria documentation, in Vietnamese and English, and the
 * number and date formats of each language.
 *
 * @module
 */
import type { Locale } from '../format/common.js';
import type { Verification } from '../format/framework.js';

/** Verification statuses, plus `undeclared` when a framework says nothing. */
export type VerificationStatus = Verification['status'] | 'undeclared';

const vi = {
  framework: 'Bộ tiêu chí',
  version: 'Phiên bản',
  group: 'Nhóm đối tượng',
  extends: 'Kế thừa',
  source: 'Văn bản nguồn',
  sourceUrl: 'Địa chỉ văn bản',
  issuer: 'Cơ quan ban hành',
  effective: 'Hiệu lực',
  period: 'Kỳ đánh giá',
  periodYear: 'năm dương lịch (01/01–31/12)',
  status: 'Trạng thái kiểm chứng',
  maxTotal: 'Tổng điểm tối đa',
  general: 'Thông tin chung',
  item: 'Mục',
  content: 'Nội dung',
  none: 'không',
  notDeclared: 'không khai báo',
  verificationNotes: 'Ghi chú kiểm chứng',
  formRow: 'Loại phiếu',
  forms: {
    base: 'bộ tiêu chí khung dùng chung — không phải phiếu, không dùng để đánh giá hồ sơ',
    official: (part: string | undefined) => (part ? `phiếu chính thức (phần/nhóm ${part})` : 'phiếu chính thức'),
    alias: (of: string) => `tên gọi khác của phiếu ${of} (không phải phiếu chính thức; cùng nội dung đánh giá)`,
    local: 'phiếu của địa phương hoặc tự xây dựng (không phải phiếu chính thức)',
  },
  statuses: {
    official: 'đã đối chiếu với văn bản chính thức',
    partial: 'kiểm chứng một phần',
    unverified: 'chưa kiểm chứng',
    example: 'ví dụ, không phải văn bản chính thức',
    undeclared: 'không khai báo',
  },
  noticeUnverified: 'CHƯA KIỂM CHỨNG — Nội dung chỉ số chưa được đối chiếu với văn bản chính thức.',
  noticeExample: 'VÍ DỤ — không phải văn bản chính thức. Không dùng để công nhận danh hiệu.',
  noticePartial: 'KIỂM CHỨNG MỘT PHẦN — bộ tiêu chí mới được đối chiếu một phần với văn bản chính thức.',
  noticeMarked: 'Nội dung chỉ số chưa được đối chiếu với văn bản chính thức ở các chỉ số đánh dấu ⚠.',
  unverifiedMark: '⚠',
  markLegend: '⚠: câu chữ của chỉ số chưa được đối chiếu với văn bản chính thức.',
  criteriaHeading: 'Tiêu chí và chỉ số',
  code: 'Mã',
  criterionOrIndicator: 'Tiêu chí / chỉ số',
  maxPoints: 'Điểm tối đa',
  minPoints: 'Điểm tối thiểu',
  total: 'Tổng cộng',
  criterion: 'Tiêu chí',
  indicator: 'Chỉ số',
  scoringHeading: 'Cách tính điểm từng chỉ số',
  upTo: (points: string) => `tối đa ${points} điểm`,
  appliesWhen: 'Áp dụng khi',
  alwaysApplies: 'luôn áp dụng',
  scoring: 'Cách tính điểm',
  rubric: 'Mức điểm',
  rubricLevel: (points: string, label: string) => `${points} điểm: ${label}`,
  evidenceRead: 'Dữ liệu minh chứng',
  proofDocuments: 'Giấy tờ minh chứng',
  minimum: (points: string) => `Điểm tối thiểu: ${points}`,
  derivedHeading: 'Giá trị suy ra',
  derivedIntro: 'Giá trị được tính một lần cho mỗi người từ dữ liệu minh chứng và dùng trong các quy tắc.',
  name: 'Tên',
  calculation: 'Cách tính',
  values: 'Giá trị',
  titlesHeading: 'Danh hiệu và điều kiện công nhận',
  noTitles: 'Bộ tiêu chí không quy định danh hiệu.',
  titleIntro: 'Đạt danh hiệu khi đáp ứng đồng thời:',
  reqTotal: (n: string) => `Tổng điểm đạt từ ${n} điểm trở lên`,
  reqTotalShare: (pct: string, n: string, max: string) =>
    `Tổng điểm đạt từ ${pct}% điểm tối đa trở lên (${n} trên ${max} điểm)`,
  variantsHeading: 'Biến thể theo địa bàn',
  variantsIntro:
    'Điều kiện công nhận khác cho người thuộc đơn vị có thuộc tính sau (lấy từ danh sách đơn vị hoặc bảng dân số). Biến thể đầu tiên khớp được áp dụng; không biết thuộc tính của đơn vị thì kết quả mà biến thể làm thay đổi là chưa xác định.',
  variantOn: 'Đang áp dụng',
  variantOff: 'Tùy chọn, đang TẮT — bộ tiêu chí kế thừa bật bằng overrides.variants',
  variantStatus: 'Trạng thái',
  variantWhen: 'Áp dụng khi',
  variantChanges: (title: string) => `Danh hiệu ${title}`,
  variantSource: 'Nguồn',
  unitIs: (name: string, values: string) => `${name} của đơn vị là ${values}`,
  or: 'hoặc',
  and: 'và',
  changeTotal: (n: string, was: string | undefined) =>
    `tổng điểm từ ${n}${was === undefined ? '' : ` (thay vì ${was})`}`,
  changeTotalShare: (pct: string) => `tổng điểm từ ${pct}% điểm tối đa`,
  changeEachIndicator: (n: string, was: string | undefined) =>
    `mỗi chỉ số từ ${n}${was === undefined ? '' : ` (thay vì ${was})`}`,
  changeEachCriterion: (n: string, was: string | undefined) =>
    `mỗi tiêu chí từ ${n}${was === undefined ? '' : ` (thay vì ${was})`}`,
  changeCriterion: (id: string, n: string) => `tiêu chí ${id} từ ${n}`,
  changeIndicator: (id: string, n: string) => `chỉ số ${id} từ ${n}`,
  changeRequired: (list: string) => `đạt tối đa: ${list}`,
  reqEachIndicator: (n: string) => `Mỗi chỉ số được áp dụng đạt từ ${n} điểm trở lên`,
  reqEachCriterion: (n: string) => `Mỗi tiêu chí đạt từ ${n} điểm trở lên`,
  reqCriterion: (id: string, label: string, n: string) => `Tiêu chí ${id} (${label}) đạt từ ${n} điểm trở lên`,
  reqIndicator: (id: string, label: string, n: string) => `Chỉ số ${id} (${label}) đạt từ ${n} điểm trở lên`,
  reqRequired: (list: string) => `Đạt điểm tối đa ở các chỉ số: ${list}`,
  reqRule: (sentence: string) => `Điều kiện bổ sung: ${sentence}`,
  reqNone: 'Không có điều kiện về điểm.',
  evidenceHeading: 'Minh chứng',
  evidenceFields: 'Dữ liệu cần khai báo',
  field: 'Trường',
  type: 'Kiểu',
  unit: 'Đơn vị',
  required: 'Bắt buộc',
  yes: 'có',
  no: 'không',
  usedBy: 'Dùng cho chỉ số',
  noEvidence: 'Bộ tiêu chí không khai báo dữ liệu minh chứng.',
  proofChecklist: 'Danh mục giấy tờ minh chứng',
  noProof: 'Bộ tiêu chí không liệt kê giấy tờ minh chứng.',
  forIndicators: (ids: readonly string[]) => `chỉ số ${ids.join(', ')}`,
  changesHeading: 'Thay đổi so với phiên bản trước',
  previousVersion: (id: string, version: string) => `So với phiên bản trước: ${id} ${version}.`,
  noChanges: 'Không có thay đổi về nội dung đánh giá.',
  firstVersion: (id: string) => `Đây là phiên bản đầu tiên của bộ tiêu chí ${id}; không có phiên bản trước để so sánh.`,
  firstVersionChild: (id: string, parent: string) =>
    `Đây là phiên bản đầu tiên của bộ tiêu chí ${id}; không có phiên bản trước để so sánh. Bộ tiêu chí kế thừa ${parent}.`,
  sheetHeading: 'Phiếu tự đánh giá',
  sheetIntro:
    'Người được đánh giá tự chấm điểm từng chỉ số vào cột “Tự đánh giá”; người thẩm định ghi điểm vào cột “Thẩm định”.',
  sheetPerson: ['Họ và tên', 'Năm sinh', 'Nơi cư trú / đơn vị công tác', 'Năm đánh giá'],
  rowNumber: 'STT',
  selfScore: 'Tự đánh giá',
  reviewedScore: 'Thẩm định',
  notes: 'Ghi chú, minh chứng',
  result: 'Kết quả',
  resultLine: (title: string) => `☐ Đạt danh hiệu “${title}”   ☐ Chưa đạt`,
  signatures: ['Người tự đánh giá (ký, ghi rõ họ tên)', 'Người thẩm định (ký, ghi rõ họ tên)'],
  documentsIndex: 'Tài liệu bộ tiêu chí Công dân học tập',
  indexIntro: 'Mọi bộ tiêu chí và phiên bản đi kèm thư viện cdht. Tài liệu được sinh tự động từ các tệp tiêu chí.',
  indexIntroOwn: 'Các bộ tiêu chí và phiên bản trong tài liệu này. Tài liệu được sinh tự động từ các tệp tiêu chí.',
  document: 'Tài liệu',
  titleColumn: 'Tên',
  fieldTypes: {
    number: 'số',
    integer: 'số nguyên',
    boolean: 'có / không',
    string: 'văn bản',
    date: 'ngày',
    enum: 'một trong các giá trị',
    assessment: 'điểm tự đánh giá (có thể thẩm định)',
    list: 'danh sách',
    object: 'nhóm thông tin',
  } as Record<string, string>,
  from: (date: string) => `từ ${date}`,
  fromUntil: (from: string, until: string) => `từ ${from} đến ${until}`,
  sourceLine: (document: string, date: string) => `${document} ngày ${date}`,
  andList: (items: readonly string[]) => joinWords(items, 'và'),
};

/** The fixed wording of the documentation in one language. */
export type DocWords = Readonly<typeof vi>;

const en: DocWords = {
  framework: 'Framework',
  version: 'Version',
  group: 'Citizen group',
  extends: 'Extends',
  source: 'Source document',
  sourceUrl: 'Document address',
  issuer: 'Issued by',
  effective: 'In force',
  period: 'Evaluation period',
  periodYear: 'calendar year (1 January – 31 December)',
  status: 'Verification status',
  maxTotal: 'Maximum total',
  general: 'Overview',
  item: 'Item',
  content: 'Content',
  none: 'none',
  notDeclared: 'not declared',
  verificationNotes: 'Verification notes',
  formRow: 'Kind of form',
  forms: {
    base: 'shared base framework — not a form; no record is evaluated with it',
    official: (part: string | undefined) => (part ? `official form (part/group ${part})` : 'official form'),
    alias: (of: string) => `another name for the form ${of} (not an official form; the same assessment)`,
    local: 'a local or custom form (not an official form)',
  },
  statuses: {
    official: 'checked against the official text',
    partial: 'partly verified',
    unverified: 'not verified',
    example: 'example, not an official document',
    undeclared: 'not declared',
  },
  noticeUnverified: 'NOT VERIFIED — the indicator wording has not been checked against the official text.',
  noticeExample: 'EXAMPLE — not an official document. Do not use it to award titles.',
  noticePartial: 'PARTLY VERIFIED — this framework has only partly been checked against the official text.',
  noticeMarked: 'The wording of the indicators marked ⚠ has not been checked against the official text.',
  unverifiedMark: '⚠',
  markLegend: '⚠: the indicator wording has not been checked against the official text.',
  criteriaHeading: 'Criteria and indicators',
  code: 'Code',
  criterionOrIndicator: 'Criterion / indicator',
  maxPoints: 'Maximum points',
  minPoints: 'Minimum points',
  total: 'Total',
  criterion: 'Criterion',
  indicator: 'Indicator',
  scoringHeading: 'How each indicator is scored',
  upTo: (points: string) => `up to ${points} points`,
  appliesWhen: 'Applies when',
  alwaysApplies: 'always applies',
  scoring: 'Scoring',
  rubric: 'Levels',
  rubricLevel: (points: string, label: string) => `${points} points: ${label}`,
  evidenceRead: 'Evidence data',
  proofDocuments: 'Proof documents',
  minimum: (points: string) => `Minimum points: ${points}`,
  derivedHeading: 'Derived values',
  derivedIntro: 'Values computed once per person from the evidence and used by the rules.',
  name: 'Name',
  calculation: 'Calculation',
  values: 'Values',
  titlesHeading: 'Titles and how they are earned',
  noTitles: 'This framework defines no titles.',
  titleIntro: 'Earned when all of the following hold:',
  reqTotal: (n: string) => `A total of at least ${n} points`,
  reqTotalShare: (pct: string, n: string, max: string) =>
    `A total of at least ${pct}% of the maximum (${n} of ${max} points)`,
  variantsHeading: 'Variants by area',
  variantsIntro:
    'Different requirements for people whose unit has these attributes (from the list of units or the population table). The first variant that matches applies; when the unit’s attributes are not known, a result a variant would change is undetermined.',
  variantOn: 'In use',
  variantOff: 'Opt-in, OFF — a framework that extends this one enables it with overrides.variants',
  variantStatus: 'Status',
  variantWhen: 'Applies when',
  variantChanges: (title: string) => `Title ${title}`,
  variantSource: 'Source',
  unitIs: (name: string, values: string) => `the unit’s ${name} is ${values}`,
  or: 'or',
  and: 'and',
  changeTotal: (n: string, was: string | undefined) =>
    `a total of at least ${n}${was === undefined ? '' : ` (instead of ${was})`}`,
  changeTotalShare: (pct: string) => `a total of at least ${pct}% of the maximum`,
  changeEachIndicator: (n: string, was: string | undefined) =>
    `every indicator at least ${n}${was === undefined ? '' : ` (instead of ${was})`}`,
  changeEachCriterion: (n: string, was: string | undefined) =>
    `every criterion at least ${n}${was === undefined ? '' : ` (instead of ${was})`}`,
  changeCriterion: (id: string, n: string) => `criterion ${id} at least ${n}`,
  changeIndicator: (id: string, n: string) => `indicator ${id} at least ${n}`,
  changeRequired: (list: string) => `full points in ${list}`,
  reqEachIndicator: (n: string) => `At least ${n} points in every applicable indicator`,
  reqEachCriterion: (n: string) => `At least ${n} points in every criterion`,
  reqCriterion: (id: string, label: string, n: string) => `At least ${n} points in criterion ${id} (${label})`,
  reqIndicator: (id: string, label: string, n: string) => `At least ${n} points in indicator ${id} (${label})`,
  reqRequired: (list: string) => `Full points in the indicators: ${list}`,
  reqRule: (sentence: string) => `Additional condition: ${sentence}`,
  reqNone: 'No condition on points.',
  evidenceHeading: 'Evidence',
  evidenceFields: 'Data to declare',
  field: 'Field',
  type: 'Type',
  unit: 'Unit',
  required: 'Required',
  yes: 'yes',
  no: 'no',
  usedBy: 'Used by indicators',
  noEvidence: 'This framework declares no evidence data.',
  proofChecklist: 'Proof document checklist',
  noProof: 'This framework lists no proof documents.',
  forIndicators: (ids: readonly string[]) => `${ids.length === 1 ? 'indicator' : 'indicators'} ${ids.join(', ')}`,
  changesHeading: 'Changes from the previous version',
  previousVersion: (id: string, version: string) => `Compared with the previous version: ${id} ${version}.`,
  noChanges: 'No change to what is assessed.',
  firstVersion: (id: string) =>
    `This is the first version of framework ${id}; there is no previous version to compare with.`,
  firstVersionChild: (id: string, parent: string) =>
    `This is the first version of framework ${id}; there is no previous version to compare with. It extends ${parent}.`,
  sheetHeading: 'Self-assessment sheet',
  sheetIntro:
    'The person assessed scores each indicator in the “Self” column; the reviewer writes the score in the “Reviewed” column.',
  sheetPerson: ['Full name', 'Year of birth', 'Place of residence / workplace', 'Year assessed'],
  rowNumber: 'No.',
  selfScore: 'Self',
  reviewedScore: 'Reviewed',
  notes: 'Notes, proof',
  result: 'Result',
  resultLine: (title: string) => `☐ Title “${title}” earned   ☐ Not earned`,
  signatures: ['Person assessed (signature, full name)', 'Reviewer (signature, full name)'],
  documentsIndex: 'Learning Citizen criteria documentation',
  indexIntro:
    'Every framework and version bundled with the cdht library. The pages are generated from the criteria files.',
  indexIntroOwn: 'The frameworks and versions documented here. The pages are generated from the criteria files.',
  document: 'Document',
  titleColumn: 'Title',
  fieldTypes: {
    number: 'number',
    integer: 'whole number',
    boolean: 'yes / no',
    string: 'text',
    date: 'date',
    enum: 'one of the values',
    assessment: 'self-assessed score (may be reviewed)',
    list: 'list',
    object: 'group of fields',
  },
  from: (date: string) => `from ${date}`,
  fromUntil: (from: string, until: string) => `from ${from} until ${until}`,
  sourceLine: (document: string, date: string) => `${document} of ${date}`,
  andList: (items: readonly string[]) => joinWords(items, 'and'),
};

function joinWords(items: readonly string[], and: string): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} ${and} ${items[items.length - 1]}`;
}

/**
 * The fixed wording of the documentation.
 *
 * @param locale - `vi` or `en`
 * @returns the words of that language
 * @internal
 */
export function docWords(locale: Locale): DocWords {
  return locale === 'en' ? en : vi;
}

/**
 * Formats a number the way the language writes it (`2,5` in Vietnamese, `2.5` in English).
 *
 * @param value - the number
 * @param locale - the language
 * @returns the text
 * @internal
 */
export function formatNumber(value: number, locale: Locale): string {
  const text = String(value);
  return locale === 'vi' ? text.replace('.', ',') : text;
}

/**
 * Formats an ISO date: `25/10/2023` in Vietnamese, unchanged (`2023-10-25`) in English.
 *
 * @param iso - `yyyy-MM-dd`
 * @param locale - the language
 * @returns the text
 * @internal
 */
export function formatDate(iso: string, locale: Locale): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return locale === 'vi' && m ? `${m[3]}/${m[2]}/${m[1]}` : iso;
}

/**
 * Formats the effective dates of a framework.
 *
 * @param effective - from and optional until
 * @param locale - the language
 * @returns e.g. `từ 25/10/2023`
 * @internal
 */
export function formatEffective(
  effective: { readonly from: string; readonly until?: string | undefined },
  locale: Locale,
): string {
  const w = docWords(locale);
  return effective.until === undefined
    ? w.from(formatDate(effective.from, locale))
    : w.fromUntil(formatDate(effective.from, locale), formatDate(effective.until, locale));
}
