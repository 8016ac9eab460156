import { describe, expect, it } from 'vitest';
import { buildReportingCalendar } from '../src/aggregate/calendar.js';
import { bundledPlans } from './aggregate.fixture.js';

const { konRay, national } = bundledPlans();
const upTo2024 = [2022, 2023, 2024];

describe('buildReportingCalendar (Kon Rẫy: every year before 05/12)', () => {
  it('on 04/12 the report of the year is still on time, with 0 days left', () => {
    const c = buildReportingCalendar(konRay, '2025-12-04', { submitted: upTo2024 });
    expect(c.nextDeadline).toEqual({
      year: 2025,
      deadline: '2025-12-05',
      lastDay: '2025-12-04',
      daysLeft: 0,
    });
    expect(c.overdue).toEqual([]);
  });

  it('on 05/12 an unsent report is overdue and the next deadline is a year later', () => {
    const c = buildReportingCalendar(konRay, '2025-12-05', { submitted: upTo2024 });
    expect(c.overdue).toEqual([{ year: 2025, deadline: '2025-12-05', lastDay: '2025-12-04', daysLeft: -1 }]);
    expect(c.nextDeadline).toEqual({
      year: 2026,
      deadline: '2026-12-05',
      lastDay: '2026-12-04',
      daysLeft: 364,
    });
    expect(buildReportingCalendar(konRay, '2025-12-05', { submitted: [...upTo2024, 2025] }).overdue).toEqual([]);
  });

  it('lists every missing past year, oldest first', () => {
    const c = buildReportingCalendar(konRay, '2025-06-01', { submitted: [2022, 2024] });
    expect(c.overdue.map((d) => d.year)).toEqual([2023]);
    expect(c.nextDeadline?.year).toBe(2025);
    expect(c.nextDeadline?.daysLeft).toBe(186);
    expect(buildReportingCalendar(konRay, '2024-01-10').overdue.map((d) => d.year)).toEqual([2022, 2023]);
  });

  it('has no next deadline after the last reporting year', () => {
    const all = [2022, 2023, 2024, 2025, 2026, 2027, 2028, 2029, 2030];
    expect(buildReportingCalendar(konRay, '2031-01-01', { submitted: all })).toMatchObject({
      nextDeadline: null,
      overdue: [],
    });
  });

  it('gives each milestone and target date a status, quarters as date ranges', () => {
    const c = buildReportingCalendar(konRay, '2026-02-15', { submitted: [] });
    expect(c.milestones.map((m) => [m.id, m.from, m.to, m.status])).toEqual([
      ['launch', '2022-10-01', '2022-12-31', 'past'],
      ['target-2025-12-31', '2025-12-31', '2025-12-31', 'past'],
      ['mid-term-review', '2026-01-01', '2026-03-31', 'current'],
      ['final-review', '2030-10-01', '2030-12-31', 'upcoming'],
      ['target-2030-12-31', '2030-12-31', '2030-12-31', 'upcoming'],
    ]);
    expect(c.milestones[1]?.label).toEqual({ vi: 'mục tiêu 2025', en: '2025 target' });
    const endOfQ1 = buildReportingCalendar(konRay, '2026-03-31').milestones.find((m) => m.id === 'mid-term-review');
    expect(endOfQ1?.status).toBe('current');
    expect(
      buildReportingCalendar(konRay, '2026-04-01').milestones.find((m) => m.id === 'mid-term-review')?.status,
    ).toBe('past');
  });

  it('has no deadlines for a plan without reporting', () => {
    const c = buildReportingCalendar(national, '2026-01-01');
    expect(c).toMatchObject({ nextDeadline: null, overdue: [] });
    expect(c.milestones.map((m) => m.id)).toEqual(['target-2025-12-31', 'target-2030-12-31']);
  });
});
