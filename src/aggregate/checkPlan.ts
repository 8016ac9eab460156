import type { Issue, JsonPath } from '../errors/issue.js';
import { planIssue } from './issues.js';
import type { Plan } from './plan.js';

/**
 * Checks what the schema cannot: date order, unique ids, levels the scope fixes.
 *
 * @param plan - the resolved plan
 * @param metricPath - where a metric was written (own, override or inherited)
 * @param file - file name for the issues
 * @returns the issues, empty when the plan is sound
 * @internal
 */
export function checkPlan(plan: Plan, metricPath: (id: string) => JsonPath, file?: string): Issue[] {
  const issues: Issue[] = [];
  const add = (code: string, path: JsonPath, vi: string, en: string) =>
    issues.push(planIssue(code, path, vi, en, file));
  if (plan.period.from > plan.period.to)
    add('invalid_date_range', ['period'], 'Ngày bắt đầu sau ngày kết thúc.', 'The period starts after it ends.');
  for (const m of plan.metrics) {
    for (let t = 1; t < m.targets.length; t++) {
      if ((m.targets[t - 1]?.date ?? '') >= (m.targets[t]?.date ?? ''))
        add(
          'unordered_targets',
          [...metricPath(m.id), 'targets', t],
          `Các mục tiêu của "${m.id}" phải theo thứ tự ngày tăng dần.`,
          `Targets of "${m.id}" must be in increasing date order.`,
        );
    }
  }
  const milestoneIds = new Set<string>();
  for (const [i, ms] of plan.milestones.entries()) {
    if (ms.from > ms.to)
      add(
        'invalid_date_range',
        ['milestones', i],
        `Mốc "${ms.id}" bắt đầu sau khi kết thúc.`,
        `Milestone "${ms.id}" starts after it ends.`,
      );
    if (milestoneIds.has(ms.id))
      add('duplicate_id', ['milestones', i, 'id'], `Mốc "${ms.id}" bị lặp.`, `Milestone "${ms.id}" is defined twice.`);
    milestoneIds.add(ms.id);
  }
  const r = plan.reporting;
  if (r && r.firstYear > r.lastYear)
    add(
      'invalid_date_range',
      ['reporting'],
      'Năm báo cáo đầu tiên sau năm cuối cùng.',
      'The first reporting year is after the last.',
    );
  if (r && r.day > new Date(Date.UTC(2001, r.month, 0)).getUTCDate())
    add(
      'invalid_date',
      ['reporting', 'day'],
      `Tháng ${r.month} không có ngày ${r.day}.`,
      `Month ${r.month} has no day ${r.day}.`,
    );
  for (const level of Object.keys(plan.scope.unit)) {
    if (!plan.scope.hierarchies.every((h) => h.levels.includes(level)))
      add(
        'unknown_level',
        ['scope', 'unit', level],
        `Cấp "${level}" của phạm vi không có trong mọi hệ thống cấp.`,
        `Scope level "${level}" is missing from a hierarchy.`,
      );
  }
  return issues;
}
