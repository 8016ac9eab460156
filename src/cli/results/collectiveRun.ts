import { extname, resolve } from 'node:path';
import {
  type CollectiveBatchSummary,
  type CollectiveEvaluation,
  type CollectiveKind,
  type Engine,
  type Evaluation,
  formatNumber,
  type Locale,
} from '../../index.js';
import { readCollectiveRows } from '../../node.js';
import { type RowWriter, rowWriter } from '../output.js';
import { type OutputFile, openOutputFile } from '../outputFile.js';
import { type RejectsOutput, rejectsOutput } from './rejects.js';
import type { CsvStyle } from './table.js';

/**
 * Where `evaluate --collectives` writes the collective evaluations by default: beside `--out`
 * (`ket-qua.ndjson` → `ket-qua.collectives.ndjson`), or `collective-evaluations.ndjson` in the
 * working folder when the persons' results go to stdout.
 *
 * @param out - the `--out` path, if any
 * @param cwd - the working folder
 * @returns the path
 */
export function defaultCollectivesPath(out: string | undefined, cwd: string): string {
  if (out === undefined) return resolve(cwd, 'collective-evaluations.ndjson');
  const full = resolve(cwd, out);
  const ext = extname(full);
  return `${ext ? full.slice(0, -ext.length) : full}.collectives.ndjson`;
}

/**
 * The rejects file of the collectives: beside their evaluations (`x.collectives.ndjson` →
 * `x.collectives.rejects.ndjson`), always NDJSON, each line naming the collectives file.
 *
 * @param collectivesOut - the collective evaluations' path
 * @returns the path
 */
export function collectiveRejectsPath(collectivesOut: string): string {
  const ext = extname(collectivesOut);
  return `${ext ? collectivesOut.slice(0, -ext.length) : collectivesOut}.rejects.ndjson`;
}

const KIND_WORDS: Readonly<Record<CollectiveKind, { vi: string; en: string }>> = {
  household: { vi: 'gia đình', en: 'households' },
  clan: { vi: 'dòng họ', en: 'clans' },
  community: { vi: 'cộng đồng', en: 'communities' },
  unit: { vi: 'đơn vị', en: 'units' },
};

/** The collectives' counts as `evaluate` prints them; they reconcile (decided + rejected = read). */
export interface CollectiveCounts {
  /** Rows of the collectives file, readable or not. */
  readonly read: number;
  readonly evaluated: number;
  /** Rows the reader could not read plus collectives the engine rejected. */
  readonly rejected: number;
  /** The engine's batch summary (undefined when interrupted before it). */
  readonly batch: CollectiveBatchSummary | undefined;
}

/**
 * The summary lines of the collectives: rows read, decided and rejected, recognition by kind, and
 * how the members were counted.
 *
 * @param c - the counts
 * @param shown - the collectives file as typed
 * @param lang - language
 * @returns e.g. `Tập thể (tap-the.csv): đã đọc 5 dòng: 4 đã xét, 1 bị từ chối; gia đình: 2 đạt, 1 không đạt, 1 chưa xác định`
 */
export function collectiveSummaryLines(c: CollectiveCounts, shown: string, lang: Locale): string[] {
  const n = (x: number) => formatNumber(x, lang);
  const vi = lang === 'vi';
  const kinds = (['household', 'clan', 'community', 'unit'] as const).flatMap((kind) => {
    const r = c.batch?.recognised[kind];
    if (r === undefined) return [];
    const w = KIND_WORDS[kind][lang];
    return vi
      ? [`${w}: ${n(r.awarded)} đạt, ${n(r['not-awarded'])} không đạt, ${n(r.undetermined)} chưa xác định`]
      : [`${w}: ${n(r.awarded)} recognised, ${n(r['not-awarded'])} not recognised, ${n(r.undetermined)} undetermined`];
  });
  const head = vi
    ? `Tập thể (${shown}): đã đọc ${n(c.read)} dòng: ${n(c.evaluated)} đã xét, ${n(c.rejected)} bị từ chối`
    : `Collectives (${shown}): read ${n(c.read)} row${c.read === 1 ? '' : 's'}: ${n(c.evaluated)} decided, ${n(c.rejected)} rejected`;
  const lines = [[head, ...kinds].join('; ')];
  const m = c.batch?.members;
  if (m !== undefined && c.batch !== undefined)
    lines.push(
      vi
        ? `Thành viên: ${n(m.counted)} kết quả được các tập thể đếm (${n(c.batch.links)} lượt), ${n(m.unmatched)} không thuộc tập thể nào trong tệp`
        : `Members: ${n(m.counted)} results counted by the collectives (${n(c.batch.links)} links), ${n(m.unmatched)} in no collective of the file`,
    );
  return lines;
}

/** A collective run of `evaluate`: its outputs and how it is driven. */
export interface CollectiveRun {
  /**
   * Reads the collectives, then the members (this run's evaluations, written as they pass) and
   * writes each collective decided. It drives `members`: the persons' results stream through it.
   */
  run(members: AsyncIterable<Evaluation>, stop: () => boolean): Promise<void>;
  commit(): Promise<void>;
  abort(): Promise<void>;
  counts(): CollectiveCounts;
  rejects(): RejectsOutput;
}

/** What {@link openCollectiveRun} needs. */
export interface CollectiveRunOptions {
  readonly engine: Engine;
  /** The collectives file: absolute path and as typed. */
  readonly source: { readonly path: string; readonly shown: string };
  /** The collective evaluations' file: absolute path and as typed. */
  readonly out: { readonly path: string; readonly shown: string };
  readonly rejectsPath: string;
  readonly rejectsShown: string;
  readonly asOf: string | undefined;
  readonly lang: Locale;
  readonly style: CsvStyle;
}

/**
 * Opens the outputs of `evaluate --collectives` (written atomically, as every output) and returns
 * the run. Collectives are decided by `engine.evaluateCollectives`, the same door as the library,
 * counting each member as it passes: memory grows with the collectives, not the people.
 *
 * @param o - engine, files, date, language
 * @returns the run
 */
export async function openCollectiveRun(o: CollectiveRunOptions): Promise<CollectiveRun> {
  const target: OutputFile = await openOutputFile(o.out.path, o.out.shown);
  const writer: RowWriter<CollectiveEvaluation> = rowWriter(
    target.stream,
    extname(o.out.path).toLowerCase() === '.json' ? 'json' : 'ndjson',
  );
  const rejects = rejectsOutput(o.rejectsPath, o.rejectsShown, o.lang, o.style);
  const file = o.source.shown;
  let read = 0;
  let unread = 0;
  let evaluated = 0;
  let refused = 0;
  let batch: CollectiveBatchSummary | undefined;
  return {
    async run(members, stop) {
      // Row number of each collective handed to the engine, by its index there: rejections name the row.
      const rows: number[] = [];
      async function* records(): AsyncGenerator<unknown> {
        for await (const r of readCollectiveRows(o.engine, o.source.path, { file })) {
          read++;
          if ('issues' in r) {
            unread++;
            await rejects.write({ file, row: r.row, issues: r.issues });
            continue;
          }
          rows.push(r.row);
          yield r.value;
        }
      }
      // The persons' batch already refused duplicates (or was told not to): no second key per person here.
      const items = o.engine.evaluateCollectives(records(), members, { asOf: o.asOf, duplicateCheck: false });
      for await (const item of items) {
        if (stop()) break;
        if (item.kind === 'collective') {
          evaluated++;
          await writer.write(item.evaluation);
        } else if (item.kind === 'collective-rejected') {
          refused++;
          const issues = item.issues.map((i) => ({ ...i, file }));
          await rejects.write({ file, row: rows[item.index], id: item.id, issues });
        } else if (item.kind === 'member-rejected') {
          // Members are this run's own evaluations: none should be refused; if one is, it is said.
          await rejects.write({ row: undefined, id: item.id, issues: item.issues });
        } else batch = item.summary;
      }
    },
    async commit() {
      await writer.close();
      await target.commit();
      await rejects.commit();
    },
    async abort() {
      await target.abort();
      await rejects.abort();
    },
    counts: () => ({ read, evaluated, rejected: unread + refused, batch }),
    rejects: () => rejects,
  };
}
