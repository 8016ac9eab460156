import type { MilestoneStatus } from '../aggregate/calendar.js';
import type { ProgressStatus } from '../aggregate/progress.js';
import { coreGroups } from '../format/groups.js';
import type { ReportLocale } from './types.js';

/** The fixed texts of one language: column headers, headings, notes. */
export type ReportLabels = Readonly<
  Record<
    | 'unit'
    | 'metric'
    | 'population'
    | 'denominatorSource'
    | 'registered'
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
    | 'footRows'
    | 'footIncomplete'
    | 'plan'
    | 'asOf'
    | 'rows'
    | 'rowsPlaced'
    | 'rowsRejected'
    | 'metrics'
    | 'calendar'
    | 'nextDeadline'
    | 'overdue'
    | 'milestones'
    | 'noDeadline'
    | 'recognitions'
    | 'name'
    | 'person'
    | 'group'
    | 'total'
    | 'count'
    | 'history'
    | 'chartShare'
    | 'sheetMetrics'
    | 'sheetRecognitions'
    | 'none',
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
    footRows: 'Mẫu số là số đã đăng ký: chỉ tiêu này không dùng bảng dân số.',
    footIncomplete: 'Dân số chưa đủ: có đơn vị có người đăng ký nhưng không có trong bảng dân số.',
    plan: 'Kế hoạch',
    asOf: 'Số liệu đến ngày',
    rows: 'Số dòng đã đọc',
    rowsPlaced: 'đã tính',
    rowsRejected: 'bị loại',
    metrics: 'Chỉ tiêu',
    calendar: 'Lịch báo cáo',
    nextDeadline: 'Hạn báo cáo tiếp theo',
    overdue: 'Báo cáo quá hạn',
    milestones: 'Các mốc',
    noDeadline: 'Không còn hạn báo cáo nào',
    recognitions: 'Danh sách công nhận',
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
  },
  en: {
    unit: 'Unit',
    metric: 'Metric',
    population: 'Population (denominator)',
    denominatorSource: 'Denominator source',
    registered: 'Registered',
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
    footRows: 'The denominator is the number registered: this metric does not use the population table.',
    footIncomplete: 'Population incomplete: some units have registered people but no population entry.',
    plan: 'Plan',
    asOf: 'Data as of',
    rows: 'Rows read',
    rowsPlaced: 'counted',
    rowsRejected: 'rejected',
    metrics: 'Metrics',
    calendar: 'Reporting calendar',
    nextDeadline: 'Next report due',
    overdue: 'Overdue reports',
    milestones: 'Milestones',
    noDeadline: 'No report deadline left',
    recognitions: 'Recognition list',
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
