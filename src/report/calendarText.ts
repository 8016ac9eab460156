import type { ReportDeadline, ReportingCalendar } from '../aggregate/calendar.js';
import type { Plan } from '../aggregate/plan.js';
import { milestoneStatusLabel } from './labels.js';
import { formatDate, formatRange } from './text.js';
import type { ReportLocale } from './types.js';

/** The reporting calendar as sentences, for the text reports. @internal */
export interface CalendarText {
  readonly nextDeadline: string | null;
  /** The deadline after the next one, so a report shows the current and the next. */
  readonly following: string | null;
  /** Past deadlines not sent, only when the user said which were sent (`--submitted`). */
  readonly overdue: readonly string[];
  /** Past deadlines as history when nobody said which were sent: no "overdue 1123 days". */
  readonly history: string | null;
  readonly milestones: readonly { readonly label: string; readonly when: string; readonly status: string }[];
}

const next = (d: ReportDeadline, plan: Plan, locale: ReportLocale): string => {
  const before = plan.reporting?.before ?? true;
  const to = plan.reporting?.to?.[locale];
  const date = formatDate(d.deadline, locale);
  if (locale === 'en')
    return `${d.year} report: ${before ? 'before' : 'on'} ${date}${to ? `, to ${to}` : ''} (${d.daysLeft} days left)`;
  return `Báo cáo năm ${d.year}: ${before ? 'trước ngày' : 'ngày'} ${date}${to ? `, gửi ${to}` : ''} (còn ${d.daysLeft} ngày)`;
};

const late = (d: ReportDeadline, locale: ReportLocale): string =>
  locale === 'en'
    ? `${d.year} report: last day ${formatDate(d.lastDay, locale)} (${-d.daysLeft} days late)`
    : `Báo cáo năm ${d.year}: hạn cuối ${formatDate(d.lastDay, locale)} (quá hạn ${-d.daysLeft} ngày)`;

/** The annual deadline the year after `d`, while the plan still asks for reports. */
function followingDeadline(d: ReportDeadline, plan: Plan): ReportDeadline | null {
  const r = plan.reporting;
  if (r === undefined || d.year + 1 > r.lastYear) return null;
  const year = d.year + 1;
  const pad = (n: number): string => String(n).padStart(2, '0');
  const deadline = `${year}-${pad(r.month)}-${pad(r.day)}`;
  const shift = Date.parse(`${deadline}T00:00:00Z`) - Date.parse(`${d.deadline}T00:00:00Z`);
  const lastDay = new Date(Date.parse(`${d.lastDay}T00:00:00Z`) + shift).toISOString().slice(0, 10);
  return { year, deadline, lastDay, daysLeft: d.daysLeft + Math.round(shift / 86_400_000) };
}

/**
 * The calendar's next deadline, late reports and milestones as text in a language.
 *
 * @param calendar - the reporting calendar
 * @param plan - the plan (who receives reports, whether the date is "before")
 * @param locale - language
 * @param submittedKnown - whether the user said which reports were sent (past ones are then overdue, else history)
 * @returns sentences
 * @internal
 */
export function calendarText(
  calendar: ReportingCalendar,
  plan: Plan,
  locale: ReportLocale,
  submittedKnown = false,
): CalendarText {
  const after = calendar.nextDeadline ? followingDeadline(calendar.nextDeadline, plan) : null;
  const past = calendar.overdue.map((d) => d.year);
  return {
    nextDeadline: calendar.nextDeadline ? next(calendar.nextDeadline, plan, locale) : null,
    following: after ? next(after, plan, locale) : null,
    overdue: submittedKnown ? calendar.overdue.map((d) => late(d, locale)) : [],
    history:
      submittedKnown || past.length === 0
        ? null
        : locale === 'en'
          ? `${past.join(', ')} (deadlines passed; to list those not sent as overdue, give --submitted with the years sent)`
          : `${past.join(', ')} (đã qua hạn; để liệt kê báo cáo chưa gửi là quá hạn, ghi --submitted với các năm đã gửi)`,
    milestones: calendar.milestones.map((m) => ({
      label: m.label[locale],
      when: formatRange(m.from, m.to, locale),
      status: milestoneStatusLabel(m.status, locale),
    })),
  };
}
