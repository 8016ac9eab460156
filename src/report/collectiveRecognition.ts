import type { UnitsOn } from '../aggregate/placeOn.js';
import type { Plan } from '../aggregate/plan.js';
import type { CollectiveEvaluation } from '../format/collectiveEvaluation.js';
import { unitGroup } from './recognition.js';
import type { CollectiveRecognitionEntry } from './types.js';

/**
 * Options of {@link buildCollectiveRecognitionList}.
 *
 * @category Reports
 */
export interface CollectiveRecognitionOptions extends UnitsOn {
  /** Level to group by, e.g. `commune`. A collective with no unit at that level keeps its own unit. */
  readonly by?: string;
  /** A plan whose scope places units (levels it fixes, like the province, are left out of names). */
  readonly plan?: Plan;
}

/** Families first, then clans, communities and units, as a commune's lists come. */
const KIND_ORDER: Readonly<Record<string, number>> = { household: 0, clan: 1, community: 2, unit: 3 };

/**
 * The collectives recognised at a level, grouped by unit: the list of learning families, clans,
 * communities and units of a report. A collective is listed when it certainly reached at least its
 * lowest level (`level.awarded`). Sorted in Vietnamese collation order by unit, then families,
 * clans, communities and units, then by name and id.
 *
 * @param evaluations - collective evaluations (any iterable, read once)
 * @param options - grouping level and plan
 * @returns one entry per collective recognised
 * @example buildCollectiveRecognitionList(families, { by: 'commune' })[0]?.level // 'gdht'
 * @category Reports
 */
export function buildCollectiveRecognitionList(
  evaluations: Iterable<CollectiveEvaluation>,
  options: CollectiveRecognitionOptions = {},
): CollectiveRecognitionEntry[] {
  const out: CollectiveRecognitionEntry[] = [];
  for (const e of evaluations) {
    if (e.level.awarded === null) continue;
    out.push({
      unit: unitGroup(e.unit, options),
      kind: e.collective.kind,
      id: e.collective.id,
      name: e.collective.name ?? '',
      level: e.level.awarded,
      levelLabel: e.level.label === null ? null : { vi: e.level.label.vi, en: e.level.label.en },
      framework: `${e.framework.id}@${e.framework.version}`,
    });
  }
  const collator = new Intl.Collator('vi', { numeric: true });
  return out.sort(
    (a, b) =>
      collator.compare(a.unit.name, b.unit.name) ||
      collator.compare(a.unit.key, b.unit.key) ||
      (KIND_ORDER[a.kind] ?? 9) - (KIND_ORDER[b.kind] ?? 9) ||
      collator.compare(a.name || a.id, b.name || b.id) ||
      collator.compare(a.id, b.id),
  );
}

/**
 * Splits a collective recognition list into its units, keeping the list's order.
 *
 * @internal
 */
export function groupCollectivesByUnit(entries: readonly CollectiveRecognitionEntry[]): CollectiveRecognitionEntry[][] {
  const groups = new Map<string, CollectiveRecognitionEntry[]>();
  for (const e of entries) {
    const list = groups.get(e.unit.key);
    if (list) list.push(e);
    else groups.set(e.unit.key, [e]);
  }
  return [...groups.values()];
}
