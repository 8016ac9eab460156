import { addDays, differenceInCalendarDays, format, parseISO } from 'date-fns';
import type { LocalizedText } from '../format/common.js';
import type { Plan } from './plan.js';
import { targetLabel } from './progressMessage.js';

/** The annual report of one year. */
export interface ReportDeadline {
  /** The year reported on. */
  readonly year: number;
  /** The date in the plan, e.g. `2025-12-05` for "trước ngày 05/12". */
  readonly deadline: string;
  /** The last day a report is on time (the day before the deadline when the plan says "before"). */
  readonly lastDay: string;
  /** Days from the report date to `lastDay` (negative when late). */
  readonly daysLeft: number;
}

/** Where a milestone stands on a date. */
export type MilestoneStatus = 'upcoming' | 'current' | 'past';

/** A milestone or target date on the calendar. */
export interface CalendarMilestone {
  readonly id: string;
  readonly kind: 'review' | 'event' | 'report' | 'target';
  readonly label: LocalizedText;
  readonly from: string;
  readonly to: string;
  readonly status: MilestoneStatus;
}

/** The reporting calendar of a plan on a date. */
export interface ReportingCalendar {
  readonly asOf: string;
  /** The next annual report not yet late (and not already sent), or null. */
  readonly nextDeadline: ReportDeadline | null;
  /** Annual reports past their last day and not sent, oldest first. */
  readonly overdue: readonly ReportDeadline[];
  /** Milestones and target dates in date order. */
  readonly milestones: readonly CalendarMilestone[];
}

/** Options of {@link buildReportingCalendar}. */
export interface ReportingCalendarOptions {
  /** Years whose annual report was already sent. */
  readonly submitted?: readonly number[];
}

const iso = (d: Date): string => format(d, 'yyyy-MM-dd');

/**
 * The reporting calendar on a date: the next annual deadline, the annual reports that are late,
 * and each milestone (reviews as date ranges, e.g. Q1/2026 = 2026-01-01…2026-03-31) and target
 * date with its status.
 *
 * @param plan - the loaded plan
 * @param asOf - the date, `yyyy-MM-dd`
 * @param options - years already reported
 * @returns the calendar
 * @example buildReportingCalendar(konRay, '2025-12-04').nextDeadline?.lastDay // '2025-12-04'
 * @category Progress
 */
export function buildReportingCalendar(
  plan: Plan,
  asOf: string,
  options: ReportingCalendarOptions = {},
): ReportingCalendar {
  const today = parseISO(asOf);
  const sent = new Set(options.submitted ?? []);
  const overdue: ReportDeadline[] = [];
  let nextDeadline: ReportDeadline | null = null;
  const r = plan.reporting;
  for (let year = r?.firstYear ?? 1; r !== undefined && year <= r.lastYear; year++) {
    if (sent.has(year)) continue;
    const deadline = new Date(year, r.month - 1, r.day);
    const lastDay = r.before ? addDays(deadline, -1) : deadline;
    const entry = {
      year,
      deadline: iso(deadline),
      lastDay: iso(lastDay),
      daysLeft: differenceInCalendarDays(lastDay, today),
    };
    if (entry.daysLeft < 0) overdue.push(entry);
    else if (!nextDeadline) nextDeadline = entry;
  }
  const status = (from: string, to: string): MilestoneStatus =>
    asOf < from ? 'upcoming' : asOf > to ? 'past' : 'current';
  const milestones: CalendarMilestone[] = plan.milestones.map((m) => ({
    ...m,
    status: status(m.from, m.to),
  }));
  const byDate = new Map(plan.metrics.flatMap((m) => m.targets).map((t) => [t.date, t] as const));
  for (const [date, target] of byDate)
    milestones.push({
      id: `target-${date}`,
      kind: 'target',
      label: targetLabel(target),
      from: date,
      to: date,
      status: status(date, date),
    });
  milestones.sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : 0));
  return { asOf, nextDeadline, overdue, milestones };
}
