import type { MilestoneStatus } from '../aggregate/calendar.js';
import type { ProgressStatus } from '../aggregate/progress.js';
import { coreGroups } from '../format/groups.js';
import type { ReportRow } from './rows.js';
import type { ReportLocale } from './types.js';

/** The fixed texts of one language: column headers, headings, notes. */
export type ReportLabels = Readonly<
  Record<
    | 'unit'
    | 'metric'
    | 'population'
    | 'denominatorSource'
    | 'registered'
    | 'inPopulation'
    | 'counted'
    | 'recognised'
    | 'rate'
    | 'target'
    | 'targetDate'
    | 'status'
    | 'gap'
    | 'note'
    | 'fromPopulation'
    | 'fromPopulationIncomplete'
    | 'fromRows'
    | 'fromRowsFallback'
    | 'footRows'
    | 'footIncomplete'
    | 'footFallback'
    | 'plan'
    | 'asOf'
    | 'rows'
    | 'rowsPlaced'
    | 'rowsRejected'
    | 'notPlaced'
    | 'historical'
    | 'mappedRows'
    | 'mappedUnit'
    | 'metrics'
    | 'calendar'
    | 'nextDeadline'
    | 'overdue'
    | 'followingDeadline'
    | 'pastDeadlines'
    | 'milestones'
    | 'noDeadline'
    | 'recognitions'
    | 'collectiveRecognitions'
    | 'collectiveName'
    | 'collectiveId'
    | 'collectiveKind'
    | 'collectiveLevel'
    | 'sheetCollectives'
    | 'name'
    | 'person'
    | 'group'
    | 'total'
    | 'count'
    | 'history'
    | 'chartShare'
    | 'sheetMetrics'
    | 'sheetRecognitions'
    | 'none'
    | 'quality'
    | 'recognitionsInAnnex'
    | 'recognitionsTooLong'
    | 'outsideUnits'
    | 'file'
    | 'evaluated'
    | 'rejectedRows'
    | 'reasons',
    string
  >
>;

/** Every fixed text of the reports, in Vietnamese and English. */
const LABELS: { readonly vi: ReportLabels; readonly en: ReportLabels } = {
  vi: {
    unit: 'Đơn vị',
    metric: 'Chỉ tiêu',
    population: 'Dân số (mẫu số)',
    denominatorSource: 'Nguồn mẫu số',
    registered: 'Đã đăng ký',
    inPopulation: 'Thuộc diện xét',
    counted: 'Đạt chỉ tiêu',
    recognised: 'Đạt danh hiệu',
    rate: 'Tỷ lệ',
    target: 'Mục tiêu',
    targetDate: 'Thời hạn mục tiêu',
    status: 'Trạng thái',
    gap: 'Còn thiếu (người)',
    note: 'Ghi chú',
    fromPopulation: 'bảng dân số',
    fromPopulationIncomplete: 'bảng dân số (thiếu một số đơn vị)',
    fromRows: 'số đã đăng ký',
    fromRowsFallback: 'số đã đăng ký (chưa có bảng dân số)',
    footRows: 'Mẫu số là số đã đăng ký: chỉ tiêu này không dùng bảng dân số.',
    footIncomplete: 'Dân số chưa đủ: có đơn vị có người đăng ký nhưng không có trong bảng dân số.',
    footFallback:
      'Chưa có bảng dân số (--population): mẫu số tạm lấy số đã đăng ký, nên tỷ lệ có thể cao hơn tỷ lệ trên toàn bộ dân số.',
    plan: 'Kế hoạch',
    asOf: 'Số liệu đến ngày',
    rows: 'Số dòng đã đọc',
    rowsPlaced: 'đã tính',
    rowsRejected: 'bị loại',
    notPlaced: 'Không xếp được vào đơn vị',
    historical: 'Kế hoạch chỉ còn giá trị lịch sử sau ngày',
    mappedRows: 'Xếp qua bảng chuyển đơn vị',
    mappedUnit: 'dòng; mức kiểm chứng',
    metrics: 'Chỉ tiêu',
    calendar: 'Lịch báo cáo',
    nextDeadline: 'Hạn báo cáo tiếp theo',
    overdue: 'Báo cáo quá hạn',
    followingDeadline: 'Hạn báo cáo sau đó',
    pastDeadlines: 'Các năm đã qua hạn báo cáo',
    milestones: 'Các mốc',
    noDeadline: 'Không còn hạn báo cáo nào',
    recognitions: 'Danh sách công nhận',
    collectiveRecognitions: 'Tập thể được công nhận (gia đình, dòng họ, cộng đồng, đơn vị học tập)',
    collectiveName: 'Tên tập thể',
    collectiveId: 'Mã',
    collectiveKind: 'Loại',
    collectiveLevel: 'Mức công nhận',
    sheetCollectives: 'Tập thể được công nhận',
    name: 'Họ và tên',
    person: 'Mã người',
    group: 'Nhóm',
    total: 'Tổng điểm',
    count: 'Số người',
    history: 'Tiến độ qua các năm',
    chartShare: 'Tỷ lệ theo đơn vị so với mục tiêu',
    sheetMetrics: 'Chỉ tiêu',
    sheetRecognitions: 'Danh sách công nhận',
    none: 'Không có',
    quality: 'Chất lượng dữ liệu',
    recognitionsInAnnex:
      'Danh sách công nhận không in kèm báo cáo này: in phụ lục danh sách theo mẫu (cdht report --annex danh-sach.html hoặc .xlsx).',
    recognitionsTooLong:
      'Danh sách quá dài để đưa vào báo cáo này; dưới đây là số người được công nhận theo đơn vị. Danh sách đầy đủ theo mẫu: cdht report --annex danh-sach.xlsx (hoặc .html).',
    outsideUnits: 'Cơ quan, đơn vị không thuộc cấp báo cáo (vd. cơ quan cấp huyện)',
    file: 'Tệp',
    evaluated: 'Đã tính',
    rejectedRows: 'Bị loại',
    reasons: 'Lý do chính',
  },
  en: {
    unit: 'Unit',
    metric: 'Metric',
    population: 'Population (denominator)',
    denominatorSource: 'Denominator source',
    registered: 'Registered',
    inPopulation: 'In population',
    counted: 'Counted',
    recognised: 'Recognised',
    rate: 'Rate',
    target: 'Target',
    targetDate: 'Target date',
    status: 'Status',
    gap: 'Gap (people)',
    note: 'Note',
    fromPopulation: 'population table',
    fromPopulationIncomplete: 'population table (some units missing)',
    fromRows: 'registered rows',
    fromRowsFallback: 'registered rows (no population table)',
    footRows: 'The denominator is the number registered: this metric does not use the population table.',
    footIncomplete: 'Population incomplete: some units have registered people but no population entry.',
    footFallback:
      'No population table was given (--population): the denominator is the number registered for now, so the rate may be higher than over the whole population.',
    plan: 'Plan',
    asOf: 'Data as of',
    rows: 'Rows read',
    rowsPlaced: 'counted',
    rowsRejected: 'rejected',
    notPlaced: 'Not placed in a unit',
    historical: 'The plan is historical after',
    mappedRows: 'Placed through a unit mapping',
    mappedUnit: 'rows; verification',
    metrics: 'Metrics',
    calendar: 'Reporting calendar',
    nextDeadline: 'Next report due',
    overdue: 'Overdue reports',
    followingDeadline: 'The one after',
    pastDeadlines: 'Years whose deadline has passed',
    milestones: 'Milestones',
    noDeadline: 'No report deadline left',
    recognitions: 'Recognition list',
    collectiveRecognitions: 'Collectives recognised (learning families, clans, communities, units)',
    collectiveName: 'Collective',
    collectiveId: 'Id',
    collectiveKind: 'Kind',
    collectiveLevel: 'Level recognised',
    sheetCollectives: 'Collectives recognised',
    name: 'Name',
    person: 'Person id',
    group: 'Group',
    total: 'Total points',
    count: 'People',
    history: 'Progress over years',
    chartShare: 'Share per unit against the target',
    sheetMetrics: 'Metrics',
    sheetRecognitions: 'Recognition list',
    none: 'None',
    quality: 'Data quality',
    recognitionsInAnnex:
      'The recognition list is not printed with this report: print the annex in the official shape (cdht report --annex list.html or .xlsx).',
    recognitionsTooLong:
      'The list is too long for this report; below are the persons recognised per unit. The full list in the official shape: cdht report --annex list.xlsx (or .html).',
    outsideUnits: 'Agencies and units outside the reported level (e.g. district agencies)',
    file: 'File',
    evaluated: 'Counted',
    rejectedRows: 'Rejected',
    reasons: 'Main reasons',
  },
};

/**
 * The fixed texts of the reports in a language.
 *
 * @param locale - `vi` or `en`
 * @returns column headers, headings and notes
 * @example reportLabels('vi').population // 'Dân số (mẫu số)'
 * @category Reports
 */
export function reportLabels(locale: ReportLocale): ReportLabels {
  return LABELS[locale];
}

const STATUS: Readonly<Record<ProgressStatus, { vi: string; en: string }>> = {
  achieved: { vi: 'Đạt', en: 'Achieved' },
  'on-track': { vi: 'Đúng tiến độ', en: 'On track' },
  behind: { vi: 'Chậm', en: 'Behind' },
  'no-data': { vi: 'Chưa có dữ liệu', en: 'No data' },
};

/**
 * The label of a progress status: `Đạt`, `Đúng tiến độ`, `Chậm`, `Chưa có dữ liệu`.
 *
 * @param status - the status
 * @param locale - `vi` or `en`
 * @returns the label
 * @category Reports
 */
export function statusLabel(status: ProgressStatus, locale: ReportLocale): string {
  return STATUS[status][locale];
}

const MILESTONE: Readonly<Record<MilestoneStatus, { vi: string; en: string }>> = {
  upcoming: { vi: 'sắp tới', en: 'upcoming' },
  current: { vi: 'đang diễn ra', en: 'current' },
  past: { vi: 'đã qua', en: 'past' },
};

/** @internal */
export function milestoneStatusLabel(status: MilestoneStatus, locale: ReportLocale): string {
  return MILESTONE[status][locale];
}

/**
 * The label of a citizen group, or its id when the group is not a built-in one.
 *
 * @internal
 */
export function groupLabel(group: string, locale: ReportLocale): string {
  return Object.hasOwn(coreGroups, group) ? (coreGroups[group]?.label[locale] ?? group) : group;
}

/**
 * What a report row's denominator was counted from, in words: the population table (complete or
 * not), the rows themselves, or the registered people when there is no population table.
 *
 * @internal
 */
export function denominatorSourceLabel(
  r: Pick<ReportRow, 'denominatorFallback' | 'denominator' | 'populationComplete'>,
  l: ReportLabels,
): string {
  if (r.denominatorFallback) return l.fromRowsFallback;
  if (r.denominator === 'rows') return l.fromRows;
  return r.populationComplete ? l.fromPopulation : l.fromPopulationIncomplete;
}

const COLLECTIVE_KIND: Readonly<Record<string, { vi: string; en: string }>> = {
  household: { vi: 'Gia đình', en: 'Family' },
  clan: { vi: 'Dòng họ', en: 'Clan' },
  community: { vi: 'Cộng đồng', en: 'Community' },
  unit: { vi: 'Đơn vị', en: 'Unit' },
};

/**
 * The label of a collective kind (`Gia đình`, `Dòng họ`, …), or the kind itself when unknown.
 *
 * @internal
 */
export function collectiveKindLabel(kind: string, locale: ReportLocale): string {
  return Object.hasOwn(COLLECTIVE_KIND, kind) ? (COLLECTIVE_KIND[kind]?.[locale] ?? kind) : kind;
}

/**
 * The level of a recognised collective in words: its label in the language, else its id.
 *
 * @internal
 */
export function collectiveLevelText(
  e: { readonly level: string; readonly levelLabel: { readonly vi: string; readonly en: string } | null },
  locale: ReportLocale,
): string {
  return e.levelLabel?.[locale] ?? e.level;
}
