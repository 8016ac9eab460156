import { CdhtError, issue } from '../../errors/issue.js';
import type { CollectiveKind, CollectiveLevel } from '../../format/collectiveSpec.js';
import type { Framework } from '../../format/framework.js';
import type { FormCatalogue } from '../selectForm.js';

/**
 * The collective framework a collective record is judged by, in force on a date: its
 * `framework`, else the one collective framework in force for its kind (and level, when the
 * record or several frameworks say one). Examples are never chosen.
 *
 * @param catalogue - the frameworks (an engine's registry)
 * @param record - the record's `framework`, `kind` and `level`
 * @param date - the evaluation date `yyyy-MM-dd`
 * @returns the framework
 * @throws CdhtError `unknown_framework` (none, or several, in force), `invalid_collective` (not a collective framework, or of another kind)
 * @internal
 */
export function collectiveFrameworkFor(
  catalogue: FormCatalogue,
  record: {
    readonly framework?: string | undefined;
    readonly kind: CollectiveKind;
    readonly level?: CollectiveLevel | undefined;
  },
  date: string,
): Framework {
  if (record.framework !== undefined) {
    const f = catalogue.inForce(record.framework, date);
    if (!f)
      throw new CdhtError([
        issue('unknown_framework', ['framework'], { kind: 'not_found', id: record.framework, date }),
      ]);
    if (f.kind !== 'collective')
      throw new CdhtError([issue('invalid_collective', ['framework'], { kind: 'not_collective', framework: f.id })]);
    if (f.collective?.kind !== record.kind)
      throw new CdhtError([
        issue('invalid_collective', ['framework'], {
          kind: 'wrong_kind',
          framework: f.id,
          judges: f.collective?.kind ?? '',
          given: record.kind,
        }),
      ]);
    return f;
  }
  const candidates = catalogue
    .ids()
    .map((id) => catalogue.inForce(id, date))
    .filter(
      (f): f is Framework =>
        f !== undefined &&
        f.kind === 'collective' &&
        f.collective?.kind === record.kind &&
        f.verification?.status !== 'example' &&
        (record.level === undefined || f.collective.level === undefined || f.collective.level === record.level),
    );
  const exact = record.level === undefined ? [] : candidates.filter((f) => f.collective?.level === record.level);
  const chosen = exact.length === 1 ? exact[0] : candidates.length === 1 ? candidates[0] : undefined;
  if (!chosen) {
    throw new CdhtError([
      issue('unknown_framework', [record.level === undefined ? 'kind' : 'level'], {
        kind: 'no_collective_choice',
        collective: record.kind,
        level: record.level ?? null,
        date,
        candidates: candidates.map((f) => f.id),
      }),
    ]);
  }
  return chosen;
}
