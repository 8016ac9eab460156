import {
  type Aggregate,
  aggregate,
  buildRowView,
  CdhtError,
  type Issue,
  mergeAggregates,
  type Plan,
  toolingIssue,
  type UnitsOn,
} from '../index.js';
import { detectEvidenceFormat, readJsonRows } from '../node.js';

// Rows are aggregated a few hundred at a time: a batch dies young (in V8's young generation),
// whereas batches of thousands were promoted and left the old generation growing by hundreds of MB.
const BATCH = 250;

/** A row `report` left out before aggregating: where it is and why. */
export interface ReportReject {
  readonly file: string;
  readonly row: number;
  readonly issue: Issue;
}

/** What {@link aggregateFiles} read: the aggregate of the rows kept, and the rows left out. */
export interface ReadReport {
  /** The aggregate; its `rows` tally counts every row read, those left out here by their code. */
  readonly aggregate: Aggregate;
  /** Rows read in all files, kept or not. */
  readonly read: number;
  /** Rows left out before aggregating, by code (`invalid_json`, `invalid_row`, `duplicate_record`, …). */
  readonly rejected: Readonly<Record<string, number>>;
  /** The latest end of the periods of the rows kept (`yyyy-MM-dd`), if any row has one. */
  readonly periodEnd?: string;
  /** The first rows left out, in reading order (at most `keep`). */
  readonly first: readonly ReportReject[];
  /** Per file: rows read, kept, and those left out by code, for the report's data-quality section. */
  readonly files: readonly {
    readonly file: string;
    readonly read: number;
    readonly kept: number;
    readonly rejected: Readonly<Record<string, number>>;
  }[];
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** An evidence record rather than an evaluation: `data` and `period`, no `titles`. */
const looksLikeEvidence = (v: unknown): boolean =>
  isObject(v) && isObject(v.data) && v.period !== undefined && v.titles === undefined;

/** The last day of an evaluation's period, when it has one. */
function periodEndOf(row: Record<string, unknown>): string | undefined {
  const p = row.period;
  return isObject(p) && typeof p.to === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(p.to) ? p.to : undefined;
}

/** The period of an evaluation as `from..to`, or undefined when the row has none to compare. */
function periodOf(row: Record<string, unknown>): string | undefined {
  const p = row.period;
  return isObject(p) && typeof p.from === 'string' && typeof p.to === 'string' ? `${p.from}..${p.to}` : undefined;
}

/**
 * Aggregates evaluation and fact-row files against a plan in batches, merging partial
 * aggregates, so memory grows with the number of units (and one key per person), not of rows.
 * Every row is read defensively: a row that is not JSON, or neither an evaluation nor a fact row,
 * is left out with its file and row number; the same person (framework, period, id) met again, in
 * the same file or another, is left out as `duplicate_record` naming where it was first; the
 * report goes on with the rest.
 *
 * @param files - NDJSON or JSON files of evaluations and fact rows: path and the name shown
 * @param plan - the plan
 * @param onRow - called for every row kept, e.g. to collect recognitions
 * @param keep - how many rejected rows to keep for the console
 * @param on - place rows on the units in force on a date, old units carried over by mappings
 *   (absent: units as recorded)
 * @returns the merged aggregate and the rows left out
 * @throws CdhtError `not_evaluations` naming a file of the wrong kind (CSV or XLSX, evidence, no
 *   row usable), or the reader's whole-file errors
 */
export async function aggregateFiles(
  files: readonly { readonly path: string; readonly shown: string }[],
  plan: Plan,
  onRow?: (row: unknown) => void,
  keep = 10,
  on: UnitsOn = {},
): Promise<ReadReport> {
  for (const f of files) {
    const format = detectEvidenceFormat(f.path);
    if (format === 'csv' || format === 'xlsx') {
      throw new CdhtError([toolingIssue('not_evaluations', [], { kind: 'format', format }, { file: f.shown })]);
    }
  }
  // An aggregate of no rows on the same date, so the partial aggregates merge (same asOf).
  let total = aggregate([], plan, on);
  let batch: unknown[] = [];
  const flush = (): void => {
    if (batch.length === 0) return;
    total = mergeAggregates([total, aggregate(batch, plan, on)]);
    batch = [];
  };
  // Framework and period → person id → where first met (row × files + file index: a small
  // integer, not a boxed number, and the person id the row already holds as key), so each person
  // costs tens of bytes rather than a composite key string of a hundred.
  const seen = new Map<string, Map<string, number>>();
  const rejected: Record<string, number> = {};
  const first: ReportReject[] = [];
  let read = 0;
  let periodEnd: string | undefined;
  const perFile: { file: string; read: number; kept: number; rejected: Record<string, number> }[] = [];
  const reject = (file: string, row: number, found: Issue): void => {
    rejected[found.code] = (rejected[found.code] ?? 0) + 1;
    const tally = perFile[perFile.length - 1];
    if (tally) tally.rejected[found.code] = (tally.rejected[found.code] ?? 0) + 1;
    if (first.length < keep) first.push({ file, row, issue: found });
  };
  for (const [index, f] of files.entries()) {
    let rows = 0;
    let usable = 0;
    const tally = { file: f.shown, read: 0, kept: 0, rejected: {} as Record<string, number> };
    perFile.push(tally);
    let evidence = 0;
    for await (const r of readJsonRows(f.path, { file: f.shown })) {
      read++;
      rows++;
      tally.read++;
      if (!('value' in r)) {
        for (const i of r.issues.slice(0, 1)) reject(f.shown, r.row, i);
        continue;
      }
      const view = buildRowView(r.value);
      if (view === null) {
        if (looksLikeEvidence(r.value)) evidence++;
        reject(f.shown, r.row, toolingIssue('invalid_row', [], {}, { file: f.shown }));
        continue;
      }
      usable++;
      const period = view.framework === null ? undefined : periodOf(r.value as Record<string, unknown>);
      if (period !== undefined) {
        const key = `${view.framework}\u0000${period}`;
        let persons = seen.get(key);
        if (persons === undefined) {
          persons = new Map();
          seen.set(key, persons);
        }
        const at = persons.get(view.person);
        if (at !== undefined) {
          const firstFile = files[at % files.length]?.shown ?? '';
          const params = { id: view.person, period, first: Math.floor(at / files.length), firstFile };
          reject(f.shown, r.row, toolingIssue('duplicate_record', ['person'], params, { file: f.shown }));
          continue;
        }
        persons.set(view.person, r.row * files.length + index);
      }
      tally.kept++;
      const end = periodEndOf(r.value as Record<string, unknown>);
      if (end !== undefined && (periodEnd === undefined || end > periodEnd)) periodEnd = end;
      batch.push(r.value);
      onRow?.(r.value);
      if (batch.length >= BATCH) flush();
    }
    if (rows > 0 && usable === 0) {
      const kind = evidence > 0 ? 'evidence' : 'none';
      throw new CdhtError([toolingIssue('not_evaluations', [], { kind, rows }, { file: f.shown })]);
    }
  }
  flush();
  // The rows left out here count in the aggregate's tally too, so the report's totals are every row read.
  const all: Record<string, number> = { ...total.rows.rejected };
  for (const [code, n] of Object.entries(rejected)) all[code] = (all[code] ?? 0) + n;
  const sorted = Object.fromEntries(
    Object.keys(all)
      .sort()
      .map((code) => [code, all[code] as number]),
  );
  const counted = { ...total, rows: { ...total.rows, read, rejected: sorted } };
  return {
    aggregate: counted,
    read,
    rejected,
    first,
    files: perFile,
    ...(periodEnd === undefined ? {} : { periodEnd }),
  };
}
