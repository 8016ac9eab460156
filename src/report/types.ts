import type { ReportingCalendar } from '../aggregate/calendar.js';
import type { Plan } from '../aggregate/plan.js';
import type { ProgressReport } from '../aggregate/progress.js';

/**
 * Language of a report: Vietnamese (the default) or English.
 *
 * @category Reports
 */
export type ReportLocale = 'vi' | 'en';

/**
 * Options every formatter receives.
 *
 * @category Reports
 */
export interface ReportFormatOptions {
  /** Language of labels and sentences; `vi` by default. */
  readonly locale?: ReportLocale;
}

/**
 * Points of one criterion in a recognised person's evaluation.
 *
 * @category Reports
 */
export interface RecognitionScore {
  readonly id: string;
  readonly points: number;
  readonly max: number;
}

/**
 * One person awarded a title, with the unit the list groups them under.
 *
 * @category Reports
 */
export interface RecognitionEntry {
  /** The unit the person is listed under: its key (hierarchy path) and display name. */
  readonly unit: { readonly key: string; readonly name: string };
  /** Person id. */
  readonly person: string;
  /** Full name, `''` when the evaluation has none. */
  readonly name: string;
  /** Year of birth, from the evaluation's `birthYear` or `birthDate` when it carries one; else null. */
  readonly birthYear: number | null;
  /** Village or residential group (thôn, tổ dân phố) on the person's unit path, `''` when none. */
  readonly village: string;
  /** The person's own unit under the list's unit: the commune for residents, the agency for staff. */
  readonly place: string;
  /** Citizen group id (`household`, `official`, …). */
  readonly group: string;
  /** Framework used, `id@version`. */
  readonly framework: string;
  /** The title awarded, e.g. `cdht`. */
  readonly title: string;
  readonly total: number;
  readonly max: number;
  /** Points per criterion, in the framework's order. */
  readonly criteria: readonly RecognitionScore[];
}

/**
 * One value of the "progress over years" chart: a metric's share in a unit at a year's end.
 *
 * @category Reports
 */
export interface HistoryPoint {
  readonly year: number;
  readonly metric: string;
  /** Unit key, `''` (the whole scope) by default. */
  readonly unit?: string;
  /** Share 0…1. */
  readonly value: number;
}

/**
 * Data quality of one input file of a report: what was read, evaluated and rejected, and why.
 *
 * @category Reports
 */
export interface FileQuality {
  /** The file as the user named it. */
  readonly file: string;
  /** Rows read: the file's rows plus the evidence rows its rejects file lists. */
  readonly read: number;
  /** Rows counted in the report. */
  readonly evaluated: number;
  /** Rows left out, at evaluation (the rejects file) or by the report. */
  readonly rejected: number;
  /** Of `rejected`, those listed in the rejects file `evaluate` wrote beside the results. */
  readonly rejectedAtEvaluation: number;
  /** Rejected rows by issue code (the first problem of each row). */
  readonly reasons: Readonly<Record<string, number>>;
}

/**
 * One collective — a family, clan, community or unit — recognised at a level, with the unit the
 * list groups it under.
 *
 * @category Reports
 */
export interface CollectiveRecognitionEntry {
  /** The unit it is listed under: its key (hierarchy path) and display name. */
  readonly unit: { readonly key: string; readonly name: string };
  /** `household`, `clan`, `community` or `unit`. */
  readonly kind: string;
  /** The collective's id. */
  readonly id: string;
  /** Its name, `''` when the evaluation has none. */
  readonly name: string;
  /** The highest level reached (a title id such as `gdht`, `muc2`). */
  readonly level: string;
  /** That level's label (Gia đình học tập, Mức độ 2), null when the framework gives none. */
  readonly levelLabel: { readonly vi: string; readonly en: string } | null;
  /** Framework used, `id@version`. */
  readonly framework: string;
}

/**
 * Everything a formatter renders: the plan, its progress, and optional calendar, list and history.
 *
 * @category Reports
 */
export interface ReportInput {
  readonly plan: Plan;
  readonly progress: ProgressReport;
  readonly calendar?: ReportingCalendar;
  /**
   * True when the calendar was built with the years already sent (`--submitted`): past deadlines
   * not sent are then listed as overdue; otherwise they are shown as history only.
   */
  readonly submittedKnown?: boolean;
  /**
   * Persons awarded the title, sorted by unit (see `buildRecognitionList`). The HTML report lists
   * them when they are at most 2,000; a longer list is left to the annex
   * and the page shows the count per unit.
   */
  readonly recognitions?: readonly RecognitionEntry[];
  /**
   * Persons awarded per unit, in list order, in place of `recognitions` when the list itself is
   * kept elsewhere (the CLI keeps a long list on disk for the annex): the HTML report then shows
   * these counts. Ignored when `recognitions` is given.
   */
  readonly recognitionCounts?: readonly {
    readonly unit: { readonly key: string; readonly name: string };
    readonly count: number;
  }[];
  /** Collectives recognised at a level, sorted by unit (see `buildCollectiveRecognitionList`). */
  readonly collectiveRecognitions?: readonly CollectiveRecognitionEntry[];
  /** Rows read, evaluated and rejected per input file, for the data-quality section. */
  readonly quality?: readonly FileQuality[];
  /** Shares of earlier years, for the chart of progress over years. */
  readonly history?: readonly HistoryPoint[];
  /**
   * Level to report on (e.g. `commune`): the scope, the units of that level, and the units outside
   * it (a district agency), so the units shown add up to the scope. Default: every unit.
   */
  readonly by?: string;
}

/**
 * What a formatter produces: text, bytes, or a promise of either.
 *
 * @category Reports
 */
export type ReportOutput = string | Uint8Array;

/**
 * A report format: a plain object, so plugins can contribute more formats of the same shape.
 *
 * @example
 * const txt: ReportFormatter = { name: 'txt', extension: 'txt', mediaType: 'text/plain', format: (r) => r.progress.asOf };
 * @category Reports
 */
export interface ReportFormatter {
  /** Name used to pick the format, e.g. `md`. */
  readonly name: string;
  /** File extension without the dot. */
  readonly extension: string;
  /** IANA media type, with charset for text formats. */
  readonly mediaType: string;
  /** Renders a report. */
  format(report: ReportInput, options: ReportFormatOptions): ReportOutput | Promise<ReportOutput>;
}
