import type { Issue } from '../../errors/issue.js';
import { toolingIssue } from '../../errors/toolingIssue.js';
import type { Framework, FrameworkFile } from '../../format/framework.js';
import { toFilePath } from '../filePath.js';
import { leastTotalOf, maximumOf } from '../scale.js';

/**
 * What a framework that `extends` another changes in scale, as warnings: the maximum (an added
 * indicator moves it from 100 to 110), and each title's least total as a share of the maximum
 * (80 of 100 is 80%, 80 of 110 only 72.7%). Neither is wrong — a district may mean it — but both
 * change who earns the title, and an officer editing labels and points rarely sees it; a title stated
 * with `totalShare` keeps its share when the maximum moves.
 *
 * Collective frameworks are left out: their levels are judged by targets and members' results.
 *
 * @param child - the resolved framework that extends `parent`
 * @param parent - its resolved parent
 * @param source - the child's file: a title's path then points into it (`overrides.titles.cdht.requirements`)
 * @returns warnings `scale_changed`, on the child's `extends`
 * @example lintScale(konRay, cdhtResident) // [{ code: 'scale_changed', params: { kind: 'maximum', before: 100, after: 110, … } }, …]
 * @category Lint
 */
export function lintScale(child: Framework, parent: Framework, source?: FrameworkFile): Issue<'scale_changed'>[] {
  const out: Issue<'scale_changed'>[] = [];
  // A collective's levels are judged by its targets and its members, not by a share of a maximum.
  if (child.kind === 'collective') return out;
  const of = `${parent.id}@${parent.version}`;
  const before = maximumOf(parent);
  const after = maximumOf(child);
  if (before !== after) {
    // When no title keeps an absolute total, nothing changes share: say so rather than advise totalShare.
    const totals = child.titles.map((t) => t.requirements);
    const shared = totals.some((r) => r.totalShare !== undefined) && totals.every((r) => r.total === undefined);
    const params = {
      kind: 'maximum' as const,
      parent: of,
      before,
      after,
      ...(shared ? { shared: true as const } : {}),
    };
    out.push(toolingIssue('scale_changed', ['extends'], params, WARNING));
  }
  if (before === 0 || after === 0) return out;
  const parentTitles = new Map(parent.titles.map((t) => [t.id, t]));
  for (const [i, title] of child.titles.entries()) {
    const was = parentTitles.get(title.id);
    if (!was) continue;
    const totalBefore = leastTotalOf(was.requirements, before);
    const totalAfter = leastTotalOf(title.requirements, after);
    // Fractions compared crosswise: 80/100 and 88/110 are the same share.
    if (totalBefore * after === totalAfter * before) continue;
    out.push(
      toolingIssue(
        'scale_changed',
        source === undefined ? ['titles', i, 'requirements'] : toFilePath(['titles', i, 'requirements'], source, child),
        {
          kind: 'title_share',
          parent: of,
          title: title.id,
          before: { total: totalBefore, max: before },
          after: { total: totalAfter, max: after },
        },
        WARNING,
      ),
    );
  }
  return out;
}

const WARNING = { severity: 'warning' } as const;
