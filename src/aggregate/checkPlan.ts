import type { IssueCode } from '../errors/codes.js';
import type { Issue, JsonPath } from '../errors/issue.js';
import type { IssueParams } from '../errors/params.js';
import { toolingIssue } from '../errors/toolingIssue.js';
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
  const add = <C extends IssueCode>(code: C, path: JsonPath, params: IssueParams[C]): void => {
    issues.push(toolingIssue(code, path, params, { file }) as Issue);
  };
  if (plan.period.from > plan.period.to) add('invalid_date_range', ['period'], { kind: 'plan_period' });
  for (const m of plan.metrics) {
    for (let t = 1; t < m.targets.length; t++) {
      if ((m.targets[t - 1]?.date ?? '') >= (m.targets[t]?.date ?? ''))
        add('unordered_targets', [...metricPath(m.id), 'targets', t], { metric: m.id });
    }
  }
  const milestoneIds = new Set<string>();
  for (const [i, ms] of plan.milestones.entries()) {
    if (ms.from > ms.to) add('invalid_date_range', ['milestones', i], { kind: 'milestone', id: ms.id });
    if (milestoneIds.has(ms.id)) add('duplicate_id', ['milestones', i, 'id'], { kind: 'milestone', id: ms.id });
    milestoneIds.add(ms.id);
  }
  const r = plan.reporting;
  if (r && r.firstYear > r.lastYear) add('invalid_date_range', ['reporting'], { kind: 'reporting_years' });
  if (r && r.day > new Date(Date.UTC(2001, r.month, 0)).getUTCDate())
    add('invalid_date', ['reporting', 'day'], { kind: 'reporting_day', month: r.month, day: r.day });
  for (const level of Object.keys(plan.scope.unit)) {
    if (!plan.scope.hierarchies.every((h) => h.levels.includes(level)))
      add('unknown_level', ['scope', 'unit', level], { kind: 'scope', level });
  }
  return issues;
}
