import { type Issue, issue } from '../errors/issue.js';
import type { FrameworkFile } from '../format/framework.js';

/**
 * Checks of meaning that a single framework file must pass before `extends` is resolved:
 * required parts of a base framework, unique ids, consistent points and dates.
 *
 * @param file - a schema-valid framework file
 * @returns the issues found
 * @internal
 */
export function checkFrameworkFile(file: FrameworkFile): Issue[] {
  const issues: Issue[] = [];
  if (file.extends === undefined) {
    for (const key of ['group', 'criteria', 'titles', 'effective'] as const) {
      // A collective framework's group is its kind of collective.
      if (key === 'group' && file.kind === 'collective') continue;
      if (file[key] === undefined) {
        issues.push(issue('missing_field', [key], { kind: 'framework_key', key }));
      }
    }
  }
  if (file.effective?.until !== undefined && file.effective.until < file.effective.from) {
    issues.push(
      issue('invalid_effective_dates', ['effective', 'until'], {
        from: file.effective.from,
        until: file.effective.until,
      }),
    );
  }
  const ids = new Map<string, string>();
  const seen = (id: string, path: (string | number)[]): void => {
    const before = ids.get(id);
    if (before !== undefined) {
      issues.push(issue('duplicate_id', path, { kind: 'id', id, first: before }));
    } else ids.set(id, path.join('.'));
  };
  file.criteria?.forEach((c, ci) => {
    seen(c.id, ['criteria', ci, 'id']);
    let sum = 0;
    c.indicators.forEach((ind, ii) => {
      const path = ['criteria', ci, 'indicators', ii];
      seen(ind.id, [...path, 'id']);
      sum += ind.points;
      if (ind.min !== undefined && ind.min > ind.points) {
        issues.push(
          issue('points_inconsistent', [...path, 'min'], {
            kind: 'indicator_min',
            indicator: ind.id,
            min: ind.min,
            points: ind.points,
          }),
        );
      }
      ind.rubric?.forEach((level, li) => {
        if (level.points > ind.points) {
          issues.push(
            issue('points_inconsistent', [...path, 'rubric', li, 'points'], {
              kind: 'rubric_level',
              indicator: ind.id,
              level: level.points,
              points: ind.points,
            }),
          );
        }
      });
    });
    if (c.max !== undefined && Math.abs(c.max - sum) > 1e-9) {
      issues.push(
        issue('points_inconsistent', ['criteria', ci, 'max'], {
          kind: 'criterion_max',
          criterion: c.id,
          max: c.max,
          sum,
        }),
      );
    }
    if (c.min !== undefined && c.min > sum) {
      issues.push(
        issue('points_inconsistent', ['criteria', ci, 'min'], {
          kind: 'criterion_min',
          criterion: c.id,
          min: c.min,
          sum,
        }),
      );
    }
  });
  const titleIds = new Set<string>();
  file.titles?.forEach((t, ti) => {
    if (titleIds.has(t.id)) {
      issues.push(issue('duplicate_id', ['titles', ti, 'id'], { kind: 'title', id: t.id }));
    }
    titleIds.add(t.id);
  });
  file.addIndicators?.forEach((a, i) => {
    seen(a.indicator.id, ['addIndicators', i, 'indicator', 'id']);
  });
  return issues;
}
