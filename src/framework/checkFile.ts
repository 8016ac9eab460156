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
      if (file[key] === undefined) {
        issues.push(
          issue(
            'missing_field',
            [key],
            `bộ tiêu chí không kế thừa (extends) phải có "${key}"`,
            `a framework that does not extend another must have "${key}"`,
          ),
        );
      }
    }
  }
  if (file.effective?.until !== undefined && file.effective.until < file.effective.from) {
    issues.push(
      issue(
        'invalid_effective_dates',
        ['effective', 'until'],
        `ngày hết hiệu lực ${file.effective.until} trước ngày có hiệu lực ${file.effective.from}`,
        `effective until ${file.effective.until} is before effective from ${file.effective.from}`,
      ),
    );
  }
  const ids = new Map<string, string>();
  const seen = (id: string, path: (string | number)[]): void => {
    const before = ids.get(id);
    if (before !== undefined) {
      issues.push(
        issue(
          'duplicate_id',
          path,
          `mã "${id}" bị trùng (đã có ở ${before})`,
          `id "${id}" is used twice (first at ${before})`,
        ),
      );
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
          issue(
            'points_inconsistent',
            [...path, 'min'],
            `mức tối thiểu ${ind.min} lớn hơn điểm tối đa ${ind.points} của chỉ số ${ind.id}`,
            `minimum ${ind.min} exceeds the ${ind.points} points of indicator ${ind.id}`,
          ),
        );
      }
      ind.rubric?.forEach((level, li) => {
        if (level.points > ind.points) {
          issues.push(
            issue(
              'points_inconsistent',
              [...path, 'rubric', li, 'points'],
              `mức ${level.points} điểm vượt điểm tối đa ${ind.points} của chỉ số ${ind.id}`,
              `rubric level of ${level.points} points exceeds the ${ind.points} points of indicator ${ind.id}`,
            ),
          );
        }
      });
    });
    if (c.max !== undefined && Math.abs(c.max - sum) > 1e-9) {
      issues.push(
        issue(
          'points_inconsistent',
          ['criteria', ci, 'max'],
          `tiêu chí ${c.id} ghi tối đa ${c.max} điểm nhưng tổng điểm các chỉ số là ${sum}`,
          `criterion ${c.id} declares max ${c.max} but its indicators add up to ${sum}`,
        ),
      );
    }
    if (c.min !== undefined && c.min > sum) {
      issues.push(
        issue(
          'points_inconsistent',
          ['criteria', ci, 'min'],
          `mức tối thiểu ${c.min} của tiêu chí ${c.id} lớn hơn tổng điểm ${sum}`,
          `minimum ${c.min} of criterion ${c.id} exceeds its ${sum} points`,
        ),
      );
    }
  });
  const titleIds = new Set<string>();
  file.titles?.forEach((t, ti) => {
    if (titleIds.has(t.id)) {
      issues.push(
        issue('duplicate_id', ['titles', ti, 'id'], `danh hiệu "${t.id}" bị trùng`, `title "${t.id}" is defined twice`),
      );
    }
    titleIds.add(t.id);
  });
  file.addIndicators?.forEach((a, i) => {
    seen(a.indicator.id, ['addIndicators', i, 'indicator', 'id']);
  });
  return issues;
}
