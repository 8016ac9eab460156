import type { ReportDeadline, ReportingCalendar } from '../aggregate/calendar.js';
import type { Plan } from '../aggregate/plan.js';
import { milestoneStatusLabel } from './labels.js';
import { formatDate, formatRange } from './text.js';
import type { ReportLocale } from './types.js';

/** The reporting calendar as sentences, for the text reports. @internal */
export interface CalendarText {
  readonly nextDeadline: string | null;
  readonly overdue: readonly string[];
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

/**
 * The calendar's next deadline, late reports and milestones as text in a language.
 *
 * @param calendar - the reporting calendar
 * @param plan - the plan (who receives reports, whether the date is "before")
 * @param locale - language
 * @returns sentences
 * @internal
 */
export function calendarText(calendar: ReportingCalendar, plan: Plan, locale: ReportLocale): CalendarText {
  return {
    nextDeadline: calendar.nextDeadline ? next(calendar.nextDeadline, plan, locale) : null,
    overdue: calendar.overdue.map((d) => late(d, locale)),
    milestones: calendar.milestones.map((m) => ({
      label: m.label[locale],
      when: formatRange(m.from, m.to, locale),
      status: milestoneStatusLabel(m.status, locale),
    })),
  };
}
