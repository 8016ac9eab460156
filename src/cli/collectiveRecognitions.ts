import {
  buildCollectiveRecognitionList,
  type CollectiveEvaluation,
  type CollectiveRecognitionEntry,
  type CollectiveRecognitionOptions,
} from '../index.js';

/** Gathers the recognised collectives among a report's rows, keeping only what their list shows. */
export interface CollectiveCollector {
  /** Looks at one row read (any kind): a collective evaluation recognised at a level is kept. */
  add(row: unknown): void;
  /** Whether any row was a collective evaluation (then the report lists the collectives). */
  seen(): boolean;
  /** The list, grouped and sorted as {@link buildCollectiveRecognitionList} does. */
  list(options: CollectiveRecognitionOptions): CollectiveRecognitionEntry[];
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * A collector for `cdht report`: memory grows with the collectives recognised (a few fields each),
 * never with the rows read.
 *
 * @returns the collector
 */
export function collectiveCollector(): CollectiveCollector {
  const kept: CollectiveEvaluation[] = [];
  let any = false;
  return {
    add(row) {
      if (!isObject(row) || !isObject(row.collective) || row.person !== undefined) return;
      any = true;
      const level = row.level;
      if (!isObject(level) || typeof level.awarded !== 'string' || !isObject(row.framework)) return;
      // What the list reads, nothing more: no indicators, members or reasons.
      kept.push({
        framework: row.framework,
        collective: row.collective,
        unit: row.unit,
        level: { awarded: level.awarded, possible: level.possible ?? null, label: level.label ?? null },
      } as unknown as CollectiveEvaluation);
    },
    seen: () => any,
    list: (options) => buildCollectiveRecognitionList(kept, options),
  };
}
