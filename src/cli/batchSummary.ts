import type { TitleDecision } from '../index.js';
import type { BatchItem } from '../node.js';

/** Counts of a batch run; `evaluated + rejected = read`. */
export interface BatchSummary {
  readonly read: number;
  readonly evaluated: number;
  readonly rejected: number;
  /** Rows evaluated that carried warnings (undeclared fields, missing required fields). */
  readonly warned: number;
  /** Title id → decision → count. */
  readonly titles: Readonly<Record<string, Readonly<Record<TitleDecision, number>>>>;
}

/**
 * Counts batch items for the summary line: every item is read, then evaluated or rejected.
 *
 * @returns `add` for each item, `read` for the rows so far, `summary` for the counts
 */
export function batchCounter(): {
  add(item: BatchItem): void;
  /** An evaluated row by its title decisions, and whether it carried warnings. */
  addEvaluated(titles: readonly { readonly id: string; readonly decision: TitleDecision }[], warned: boolean): void;
  /** A rejected row. */
  addRejected(): void;
  read(): number;
  summary(): BatchSummary;
} {
  const titles: Record<string, Record<TitleDecision, number>> = Object.create(null);
  let read = 0;
  let evaluated = 0;
  let warned = 0;
  const addEvaluated = (
    decisions: readonly { readonly id: string; readonly decision: TitleDecision }[],
    warnings: boolean,
  ): void => {
    read++;
    evaluated++;
    if (warnings) warned++;
    for (const t of decisions) {
      titles[t.id] ??= { awarded: 0, 'not-awarded': 0, undetermined: 0 };
      (titles[t.id] as Record<TitleDecision, number>)[t.decision]++;
    }
  };
  return {
    add(item) {
      if (item.issues !== undefined) read++;
      else addEvaluated(item.evaluation?.titles ?? [], item.warnings !== undefined);
    },
    addEvaluated,
    addRejected: () => {
      read++;
    },
    read: () => read,
    summary: () => ({ read, evaluated, rejected: read - evaluated, warned, titles: { ...titles } }),
  };
}
