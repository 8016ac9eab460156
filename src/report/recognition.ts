import { placeOn, type UnitsOn } from '../aggregate/placeOn.js';
import type { Plan } from '../aggregate/plan.js';
import type { UnitStep } from '../aggregate/unitKey.js';
import { formatUnitKey, parseUnitKey } from '../aggregate/unitKey.js';
import type { Evaluation } from '../format/evaluation.js';
import { recognitionOrder } from './recognitionOrder.js';
import type { RecognitionEntry } from './types.js';

/**
 * Options of {@link buildRecognitionList}.
 *
 * @category Reports
 */
export interface RecognitionOptions extends UnitsOn {
  /** The title listed; `cdht` by default. */
  readonly titleId?: string;
  /** Level to group by, e.g. `commune`. Persons with no unit at that level keep their own unit (a district agency). */
  readonly by?: string;
  /** A plan whose scope places units (levels it fixes, like province and district, are left out of names). */
  readonly plan?: Plan;
}

/** Levels that name a village or residential group (thôn, tổ dân phố, bản, buôn…). */
const VILLAGE_LEVELS = new Set(['village', 'hamlet', 'residentialGroup', 'thon']);

/** Year of birth from the fields an evaluation row may carry (`birthYear`, `birthDate` ISO or dd/MM/yyyy). */
function birthYearOf(row: object): number | null {
  const r = row as { birthYear?: unknown; birthDate?: unknown };
  if (typeof r.birthYear === 'number' && Number.isInteger(r.birthYear)) return r.birthYear;
  if (typeof r.birthDate !== 'string') return null;
  const m = /^(\d{4})-\d{2}-\d{2}$/u.exec(r.birthDate) ?? /^\d{1,2}\/\d{1,2}\/(\d{4})$/u.exec(r.birthDate);
  return m ? Number(m[1]) : null;
}

/** The village on a unit path, and the person's own unit (the deepest step that is no village). */
function placeOf(path: readonly UnitStep[]): { readonly village: string; readonly place: string } {
  const village = path.find((s) => VILLAGE_LEVELS.has(s.level))?.name ?? '';
  const own = path.filter((s) => !VILLAGE_LEVELS.has(s.level));
  return { village, place: own[own.length - 1]?.name ?? '' };
}

const steps = (unit: Evaluation['unit'], plan: Plan | undefined, on: UnitsOn): UnitStep[] => {
  if (plan) {
    const where = placeOn(unit, plan.scope, on);
    if ('key' in where) return parseUnitKey(where.key);
  }
  return Object.entries(unit ?? {}).map(([level, name]) => ({ level, name }));
};

/**
 * The unit a person is listed under: their unit placed by the plan (on the report date, through
 * mappings), cut at the `by` level.
 *
 * @internal
 */
export const unitGroup = (
  unit: Evaluation['unit'],
  options: Pick<RecognitionOptions, 'by' | 'plan' | 'asOf' | 'mappings'>,
): RecognitionEntry['unit'] => {
  const path = steps(unit, options.plan, options);
  const at = options.by === undefined ? -1 : path.findIndex((s) => s.level === options.by);
  const kept = at >= 0 ? path.slice(0, at + 1) : path;
  const name = options.by === undefined ? kept.map((s) => s.name).join(' / ') : (kept[kept.length - 1]?.name ?? '');
  return { key: formatUnitKey(kept), name: name || (options.plan?.scope.label.vi ?? '') };
};

/**
 * The persons awarded a title, grouped by unit: the recognition list (danh sách công nhận).
 * Sorted in Vietnamese collation order by unit (`Đắk Kôi` after `Dương` and before `Tân Lập`;
 * `Thôn 2` before `Thôn 10`), then as official lists are: by given name (tên, the last word),
 * then family and middle names (see {@link compareGivenNames}), then person id.
 *
 * @param evaluations - evaluations (any iterable, read once)
 * @param options - title, grouping level and plan
 * @returns one entry per person awarded
 * @example buildRecognitionList(evaluations, { titleId: 'cdht', by: 'commune' })[0]?.unit.name // 'Đắk Kôi'
 * @category Reports
 */
export function buildRecognitionList(
  evaluations: Iterable<Evaluation>,
  options: RecognitionOptions = {},
): RecognitionEntry[] {
  const titleId = options.titleId ?? 'cdht';
  const out: RecognitionEntry[] = [];
  const order = recognitionOrder();
  for (const e of evaluations) {
    const entry = recognitionEntry(e, titleId, options);
    if (entry === null) continue;
    out.push(entry);
    order.add([entry.unit], entry.name, entry.person);
  }
  return Array.from(order.order(), (i) => out[i] as RecognitionEntry);
}

/**
 * One evaluation as a line of the recognition list, or null when it was not awarded the title.
 *
 * @param e - an evaluation
 * @param titleId - the title listed
 * @param options - grouping level, plan, report date and mappings
 * @returns the entry, or null
 * @internal
 */
export function recognitionEntry(
  e: Evaluation,
  titleId: string,
  options: Omit<RecognitionOptions, 'titleId'>,
): RecognitionEntry | null {
  if (!e.titles.some((t) => t.id === titleId && t.decision === 'awarded')) return null;
  return {
    unit: unitGroup(e.unit, options),
    person: e.person,
    name: e.name ?? '',
    birthYear: birthYearOf(e),
    ...placeOf(steps(e.unit, options.plan, options)),
    group: e.group,
    framework: `${e.framework.id}@${e.framework.version}`,
    title: titleId,
    total: e.total,
    max: e.max,
    criteria: e.criteria.map((c) => ({ id: c.id, points: c.points, max: c.max })),
  };
}

/**
 * Splits a recognition list into its units, keeping the list's order.
 *
 * @internal
 */
export function groupByUnit(entries: readonly RecognitionEntry[]): RecognitionEntry[][] {
  const groups = new Map<string, RecognitionEntry[]>();
  for (const e of entries) {
    const list = groups.get(e.unit.key);
    if (list) list.push(e);
    else groups.set(e.unit.key, [e]);
  }
  return [...groups.values()];
}
