/**
 * Evaluations serialised where they are computed: a block of results as the bytes of the output
 * (NDJSON lines or JSON array elements) plus a few columns per row — what the calling thread needs
 * to check duplicates, count decisions and write rejects — so a worker's answer is bytes and typed
 * arrays, not thousands of objects to clone, and the calling thread does not stringify.
 *
 * @module
 * @internal
 */
import type { Issue } from '../../errors/issue.js';
import type { Period } from '../../evaluate/period.js';
import type { Evaluation, TitleDecision } from '../../format/evaluation.js';
import type { BatchItem, RecordEvaluator } from './batchCore.js';
import { JsonSink } from './jsonSink.js';
import type { LineBlock } from './ndjsonBlocks.js';
import { evaluateLinesEach } from './ndjsonLines.js';

/** How each evaluation is written: NDJSON lines, or JSON array elements (each after `,\n`). @category Batch */
export type TextBatchFormat = 'ndjson' | 'json';

/** The title decisions of one evaluated row, as `{ id, decision }` in title order. @category Batch */
export type TitleOutcomes = readonly { readonly id: string; readonly decision: TitleDecision }[];

/**
 * A block of results. Item k's bytes are `bytes[ends[k-1] .. ends[k])` (from 0 for the first); a
 * rejected item has none. Outcomes and periods repeat across rows: each is sent once per block.
 * @internal
 */
export interface TextBlock {
  readonly count: number;
  readonly bytes: Uint8Array;
  readonly ends: Int32Array;
  /** Source rows (0: none). */
  readonly rows: Int32Array;
  /** Per item: 0 evaluated, 1 evaluated with warnings, 2 rejected. */
  readonly kinds: Uint8Array;
  readonly ids: (string | undefined)[];
  /** Per evaluated item, its entry in `outcomes` and in `periods` (-1 when rejected). */
  readonly outcomeOf: Int32Array;
  readonly outcomes: TitleOutcomes[];
  readonly periodOf: Int32Array;
  readonly periods: Period[];
  /** Rejected items: position and issues. */
  readonly issues: [number, readonly Issue[]][];
  /**
   * A worker's block written into the output slot its task named: how many bytes are there
   * (`bytes` is then empty, and the calling thread reads them from the slot).
   */
  readonly shared?: number;
}

/** The transferable buffers of a block (shared memory is not transferred: it is shared). @internal */
export function textBlockBuffers(b: TextBlock): ArrayBuffer[] {
  const all = [b.bytes, b.ends, b.rows, b.kinds, b.outcomeOf, b.periodOf].map((a) => a.buffer);
  return all.filter((a): a is ArrayBuffer => !(a instanceof SharedArrayBuffer));
}

/** Writes an evaluation's JSON into a sink: `JSON.stringify`'s bytes, or faster for known shapes. @internal */
export type EvaluationWriter = (evaluation: Evaluation, out: JsonSink) => void;

/** The default writer: `JSON.stringify`. @internal */
export const stringifyEvaluation: EvaluationWriter = (e, out) => out.text(JSON.stringify(e));

/**
 * Serialises a block of batch items (evaluations or issues) for writing.
 *
 * @param items - the block's items
 * @param format - NDJSON lines, or JSON array elements each preceded by `,\n`
 * @param write - how an evaluation is written (the evaluator's: `JSON.stringify`, or its faster equivalent)
 * @returns the block
 * @internal
 */
export function serializeItems(
  items: readonly BatchItem[],
  format: TextBatchFormat,
  write: EvaluationWriter = stringifyEvaluation,
): TextBlock {
  const block = textBlockWriter(items.length, format, write);
  for (const item of items) block.add(item);
  return block.finish();
}

/** Title outcomes of one framework reference, by decision code (base 3, in title order). */
interface KnownOutcomes {
  readonly ids: readonly string[];
  readonly codes: Map<number, number>;
}

/** Framework references remembered per block (a batch uses one or a few frameworks). */
const MAX_KNOWN = 64;

/** A decision as a base-3 digit, or -1 for anything else. */
function decisionDigit(d: string): number {
  return d === 'awarded' ? 0 : d === 'not-awarded' ? 1 : d === 'undetermined' ? 2 : -1;
}

/**
 * Serialises items one at a time, as they are made, into a block (see {@link serializeItems}):
 * nothing of an item is kept but its bytes and columns.
 *
 * @param capacity - how many items the block will hold (at least)
 * @param format - NDJSON lines, or JSON array elements each preceded by `,\n`
 * @param write - how an evaluation is written
 * @param sink - where the bytes go (written from its start), when not a buffer of the block's own
 * @returns `add` for each item in order, then `finish`
 * @internal
 */
export function textBlockWriter(
  capacity: number,
  format: TextBatchFormat,
  write: EvaluationWriter = stringifyEvaluation,
  sink?: JsonSink,
): { add(item: BatchItem): void; finish(): TextBlock } {
  let ends = new Int32Array(capacity);
  let rows = new Int32Array(capacity);
  let kinds = new Uint8Array(capacity);
  const ids: (string | undefined)[] = [];
  let outcomeOf = new Int32Array(capacity).fill(-1);
  let periodOf = new Int32Array(capacity).fill(-1);
  const outcomes: TitleOutcomes[] = [];
  const outcomeKeys = new Map<string, number>();
  const known = new Map<Evaluation['framework'], KnownOutcomes>();
  const periods: Period[] = [];
  const issues: [number, readonly Issue[]][] = [];
  // Written in place row by row: a buffer of the block's own (transferred to the calling thread),
  // or the sink given (a slot of shared memory, which the calling thread reads where it is).
  const out = sink ?? new JsonSink(capacity * 1024);
  let k = 0;
  let lastFrom = '';
  let lastTo = '';
  const widen = <T extends Int32Array | Uint8Array>(a: T, fill: number): T => {
    const b = new (a.constructor as { new (n: number): T })(a.length * 2 + 16);
    b.fill(fill);
    b.set(a);
    return b;
  };
  /** The outcome's index found by its text: framework, then each title's id and decision. */
  const outcomeByKey = (e: Evaluation): number => {
    let key = `${e.framework.id}\u0000${e.framework.version}`;
    for (const t of e.titles) key += `\u0000${t.id}\u0000${t.decision}`;
    let o = outcomeKeys.get(key);
    if (o === undefined) {
      o = outcomes.length;
      outcomes.push(e.titles.map((t) => ({ id: t.id, decision: t.decision })));
      outcomeKeys.set(key, o);
    }
    return o;
  };
  /**
   * The outcome's index. Summaries and evaluations share one frozen framework reference per
   * framework: the decisions of such a row are looked up by a number, without building the key
   * text of {@link outcomeByKey} (a few hundred bytes of garbage a row).
   */
  const outcomeIndex = (e: Evaluation): number => {
    const ref = e.framework;
    const titles = e.titles;
    if (titles.length > 15 || !Object.isFrozen(ref)) return outcomeByKey(e);
    let entry = known.get(ref);
    if (entry === undefined) {
      if (known.size === MAX_KNOWN) return outcomeByKey(e);
      entry = { ids: titles.map((t) => t.id), codes: new Map() };
      known.set(ref, entry);
    }
    if (entry.ids.length !== titles.length) return outcomeByKey(e);
    let code = 0;
    for (let t = 0; t < titles.length; t++) {
      const title = titles[t] as Evaluation['titles'][number];
      const digit = decisionDigit(title.decision);
      if (digit < 0 || title.id !== entry.ids[t]) return outcomeByKey(e);
      code = code * 3 + digit;
    }
    let o = entry.codes.get(code);
    if (o === undefined) {
      o = outcomeByKey(e);
      entry.codes.set(code, o);
    }
    return o;
  };
  return {
    add(item) {
      if (k === ends.length) {
        ends = widen(ends, 0);
        rows = widen(rows, 0);
        kinds = widen(kinds, 0);
        outcomeOf = widen(outcomeOf, -1);
        periodOf = widen(periodOf, -1);
      }
      rows[k] = item.row ?? 0;
      ids.push(item.id);
      const e = item.evaluation;
      if (e === undefined) {
        kinds[k] = 2;
        issues.push([k, item.issues ?? []]);
        ends[k++] = out.at;
        return;
      }
      kinds[k] = item.warnings === undefined ? 0 : 1;
      // The separator is written as bytes, not joined to the text.
      if (format === 'ndjson') {
        write(e, out);
        out.byte(0x0a);
      } else {
        out.byte(0x2c);
        out.byte(0x0a);
        write(e, out);
      }
      ends[k] = out.at;
      if (e.period.from !== lastFrom || e.period.to !== lastTo || periods.length === 0) {
        lastFrom = e.period.from;
        lastTo = e.period.to;
        periods.push({ from: lastFrom, to: lastTo });
      }
      periodOf[k] = periods.length - 1;
      outcomeOf[k++] = outcomeIndex(e);
    },
    finish() {
      return {
        count: k,
        bytes: out.bytes.subarray(0, out.at),
        ends: ends.length === k ? ends : ends.slice(0, k),
        rows: rows.length === k ? rows : rows.slice(0, k),
        kinds: kinds.length === k ? kinds : kinds.slice(0, k),
        ids,
        outcomeOf: outcomeOf.length === k ? outcomeOf : outcomeOf.slice(0, k),
        outcomes,
        periodOf: periodOf.length === k ? periodOf : periodOf.slice(0, k),
        periods,
        issues,
      };
    },
  };
}

/**
 * A block of NDJSON lines evaluated and serialised (the text path's one step, in a worker or in
 * the calling thread): each line's item is written as soon as it is made, the lines rejected while
 * cutting put back in line order.
 *
 * @param evaluator - the per-record step
 * @param block - the block's lines (bytes changed in place), their numbers and the rejected lines
 * @param format - NDJSON lines, or JSON array elements
 * @param decoder - a UTF-8 decoder
 * @param sink - where the bytes go, when not a buffer of the block's own (see {@link textBlockWriter})
 * @returns the serialised block
 * @internal
 */
export function textBlockOf(
  evaluator: RecordEvaluator,
  block: Pick<LineBlock, 'bytes' | 'lines' | 'rejected'>,
  format: TextBatchFormat,
  decoder: InstanceType<typeof TextDecoder>,
  sink?: JsonSink,
): TextBlock {
  const { rejected } = block;
  const out = textBlockWriter(block.lines.length + rejected.length, format, evaluator.write, sink);
  let r = 0;
  let index = 0;
  evaluateLinesEach(evaluator, block.bytes, block.lines, decoder, (item) => {
    while (r < rejected.length && (rejected[r]?.row as number) < (item.row ?? 0)) {
      const { row, issues } = rejected[r++] as LineBlock['rejected'][number];
      out.add({ index: index++, row, issues });
    }
    out.add(item.index === index ? item : { ...item, index });
    index++;
  });
  for (; r < rejected.length; r++) {
    const { row, issues } = rejected[r] as LineBlock['rejected'][number];
    out.add({ index: index++, row, issues });
  }
  return out.finish();
}
