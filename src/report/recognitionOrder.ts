import { nameParts } from './givenName.js';

/** A unit a recognition list groups people under. */
type ListUnit = { readonly key: string; readonly name: string };

const COLLATOR = /* @__PURE__ */ new Intl.Collator('vi', { numeric: true });

/** A growable array of 32-bit ids: 4 bytes a person instead of a boxed number. */
class Ids {
  data = new Uint32Array(1024);
  length = 0;
  push(id: number): void {
    if (this.length === this.data.length) {
      const grown = new Uint32Array(this.data.length * 2);
      grown.set(this.data);
      this.data = grown;
    }
    this.data[this.length++] = id;
  }
}

/** Interns texts: each distinct text gets an id, ranked later in collation order. */
class Interned<T> {
  readonly ids = new Map<string, number>();
  readonly values: T[] = [];
  id(key: string, value: T): number {
    let id = this.ids.get(key);
    if (id === undefined) {
      id = this.values.length;
      this.ids.set(key, id);
      this.values.push(value);
    }
    return id;
  }
  /** Rank of every id in the given order; values the order finds equal share a rank. */
  ranks(compare: (a: T, b: T) => number): Uint32Array {
    const order = this.values.map((_, i) => i).sort((a, b) => compare(this.values[a] as T, this.values[b] as T));
    const rank = new Uint32Array(order.length);
    let r = 0;
    for (let i = 0; i < order.length; i++) {
      const id = order[i] as number;
      if (i > 0 && compare(this.values[order[i - 1] as number] as T, this.values[id] as T) !== 0) r++;
      rank[id] = r;
    }
    return rank;
  }
}

/**
 * The order of a recognition list, kept compactly so that a list of hundreds of thousands of
 * people can be sorted without holding their entries: per person a few 32-bit ids (unit, given
 * name, family and middle names, interned) and the name and id texts for ties. The order is the
 * official one, as {@link buildRecognitionList} sorts: units in Vietnamese collation (name, then
 * key), then given name (tên), family and middle names, the whole name, then person id; people
 * the order finds equal stay in the order they were added.
 *
 * @param views - how many unit groupings each person is added with (e.g. the report's level and
 *   the annex's communes), each sorted on its own
 * @returns `add` for each person in turn, `order(view)` for the sorted positions, `unit` to read
 *   a person's unit back
 * @internal
 */
export function recognitionOrder(views = 1) {
  const units = new Interned<ListUnit>();
  const given = new Interned<string>();
  const rest = new Interned<string>();
  const unitIds = Array.from({ length: views }, () => new Ids());
  const givenIds = new Ids();
  const restIds = new Ids();
  const names: string[] = [];
  const persons: string[] = [];
  return {
    /** How many people were added. */
    get size(): number {
      return names.length;
    },
    /** Adds a person: their unit in each view, full name and id. */
    add(unitsOfViews: readonly ListUnit[], name: string, person: string): void {
      for (let v = 0; v < views; v++) {
        const u = unitsOfViews[v] as ListUnit;
        (unitIds[v] as Ids).push(units.id(`${u.key}\u0000${u.name}`, u));
      }
      const parts = nameParts(name);
      givenIds.push(given.id(parts.given, parts.given));
      restIds.push(rest.id(parts.rest, parts.rest));
      names.push(name);
      persons.push(person);
    },
    /** The unit of the person added `index`-th, in a view. */
    unit(view: number, index: number): ListUnit {
      return units.values[(unitIds[view] as Ids).data[index] as number] as ListUnit;
    },
    /** Positions of the people added, in list order for a view. */
    order(view = 0): Uint32Array {
      const unitRank = units.ranks((a, b) => COLLATOR.compare(a.name, b.name) || COLLATOR.compare(a.key, b.key));
      const givenRank = given.ranks(COLLATOR.compare);
      const restRank = rest.ranks(COLLATOR.compare);
      const u = (unitIds[view] as Ids).data;
      const g = givenIds.data;
      const r = restIds.data;
      const at = (k: Uint32Array, rank: Uint32Array, i: number): number => rank[k[i] as number] as number;
      const out = new Uint32Array(names.length);
      for (let i = 0; i < out.length; i++) out[i] = i;
      return out.sort(
        (a, b) =>
          at(u, unitRank, a) - at(u, unitRank, b) ||
          at(g, givenRank, a) - at(g, givenRank, b) ||
          at(r, restRank, a) - at(r, restRank, b) ||
          COLLATOR.compare(names[a] as string, names[b] as string) ||
          COLLATOR.compare(persons[a] as string, persons[b] as string) ||
          a - b,
      );
    },
  };
}

/**
 * The compact order of a recognition list (see {@link recognitionOrder}).
 *
 * @internal
 */
export type RecognitionOrder = ReturnType<typeof recognitionOrder>;
