import { randomBytes } from 'node:crypto';
import { closeSync, openSync, readSync, unlinkSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Evaluation } from '../../format/evaluation.js';
import { HTML_RECOGNITION_LIMIT } from '../../report/html.js';
import { type RecognitionOptions, recognitionEntry } from '../../report/recognition.js';
import { recognitionOrder } from '../../report/recognitionOrder.js';
import type { RecognitionEntry } from '../../report/types.js';

/** A growable array of numbers in a typed array (8 bytes a person for offsets, 4 for lengths). */
function growable<T extends Float64Array | Uint32Array>(make: (n: number) => T) {
  let data = make(1024);
  let length = 0;
  return {
    push(n: number): void {
      if (length === data.length) {
        const grown = make(data.length * 2);
        grown.set(data);
        data = grown;
      }
      data[length++] = n;
    },
    at: (i: number): number => data[i] as number,
  };
}

/**
 * One sorted recognition list of a {@link createRecognitionStore}, read back from disk in order.
 *
 * @category Node
 */
export interface StoredRecognitionList {
  /** People listed. */
  readonly count: number;
  /** Whether the HTML report prints the list person by person (at most 2,000); else it shows counts per unit. */
  readonly fitsHtmlReport: boolean;
  /** Criterion ids met, in order of first appearance in the list (the workbook's columns). */
  readonly criteria: readonly string[];
  /** People per unit, in list order. */
  readonly units: readonly { readonly unit: RecognitionEntry['unit']; readonly count: number }[];
  /** The entries in list order, read from disk one at a time. */
  entries(): Iterable<RecognitionEntry>;
}

/**
 * The recognition list of a report, kept on disk: each person awarded is written to a temporary
 * file as they are read, and memory keeps only their sort keys (a few ids, the name and person id)
 * and where their line is. The lists come back sorted as `buildRecognitionList` sorts, read from
 * the file one entry at a time, so a report of 300,000 people never holds their entries.
 *
 * The temporary file is removed at once where the system allows (the open file stays readable),
 * else by `close`; call `close` when done.
 *
 * @param views - the groupings wanted (the report's level, the annex's communes), each listed on its own
 * @param titleId - the title listed (`cdht` by default)
 * @returns `add` for each evaluation read, `list(view)` once all are read, and `close`
 * @example const store = createRecognitionStore([{ plan, by: 'commune' }]); for (const e of evaluations) store.add(e); const list = store.list(0); store.close();
 * @category Node
 */
export function createRecognitionStore(views: readonly Omit<RecognitionOptions, 'titleId'>[], titleId = 'cdht') {
  const path = join(tmpdir(), `cdht-recognitions-${process.pid}-${randomBytes(4).toString('hex')}.ndjson`);
  const fd = openSync(path, 'wx+', 0o600);
  // Removed at once where the system allows it, so nothing is left behind even if the run is killed.
  let removed = false;
  try {
    unlinkSync(path);
    removed = true;
  } catch {
    // Windows: removed by close().
  }
  const order = recognitionOrder(views.length);
  const offsets = growable((n) => new Float64Array(n));
  const lengths = growable((n) => new Uint32Array(n));
  const signatures = growable((n) => new Uint32Array(n));
  const criteriaSets: string[][] = [];
  const signatureIds = new Map<string, number>();
  let pending: string[] = [];
  let pendingBytes = 0;
  let written = 0;
  const flush = (): void => {
    if (pending.length === 0) return;
    const buf = Buffer.from(pending.join(''), 'utf8');
    let done = 0;
    while (done < buf.length) done += writeSync(fd, buf, done, buf.length - done, written + done);
    written += buf.length;
    pending = [];
    pendingBytes = 0;
  };
  let end = 0;
  const sorted = new Map<number, StoredRecognitionList>();
  return {
    /** Adds an evaluation read; only those awarded the title are kept. */
    add(e: Evaluation): void {
      const entries = views.map((v) => recognitionEntry(e, titleId, v));
      const first = entries[0];
      if (!first) return;
      order.add(
        entries.map((x) => (x as RecognitionEntry).unit),
        first.name,
        first.person,
      );
      const { unit: _unit, ...rest } = first;
      const line = `${JSON.stringify(rest)}\n`;
      const bytes = Buffer.byteLength(line);
      offsets.push(end);
      lengths.push(bytes);
      end += bytes;
      const ids = first.criteria.map((c) => c.id);
      const key = ids.join('\u0000');
      let sig = signatureIds.get(key);
      if (sig === undefined) {
        sig = criteriaSets.length;
        signatureIds.set(key, sig);
        criteriaSets.push(ids);
      }
      signatures.push(sig);
      pending.push(line);
      pendingBytes += bytes;
      if (pendingBytes >= 1 << 20) flush();
    },
    /** The list of a view, sorted (computed once per view). */
    list(view = 0): StoredRecognitionList {
      flush();
      const known = sorted.get(view);
      if (known) return known;
      const positions = order.order(view);
      const criteria = new Set<string>();
      const seenSignatures = new Set<number>();
      const units: { unit: RecognitionEntry['unit']; count: number }[] = [];
      for (const i of positions) {
        const sig = signatures.at(i);
        if (!seenSignatures.has(sig)) {
          seenSignatures.add(sig);
          for (const id of criteriaSets[sig] ?? []) criteria.add(id);
        }
        const unit = order.unit(view, i);
        const last = units[units.length - 1];
        if (last?.unit.key === unit.key) last.count++;
        else units.push({ unit, count: 1 });
      }
      const list: StoredRecognitionList = {
        count: positions.length,
        fitsHtmlReport: positions.length <= HTML_RECOGNITION_LIMIT,
        criteria: [...criteria],
        units,
        *entries() {
          let buf = Buffer.alloc(4096);
          for (const i of positions) {
            const length = lengths.at(i);
            if (buf.length < length) buf = Buffer.alloc(length * 2);
            readSync(fd, buf, 0, length, offsets.at(i));
            const rest = JSON.parse(buf.toString('utf8', 0, length)) as Omit<RecognitionEntry, 'unit'>;
            yield { unit: order.unit(view, i), ...rest };
          }
        },
      };
      sorted.set(view, list);
      return list;
    },
    /** Closes and removes the temporary file. */
    close(): void {
      closeSync(fd);
      if (!removed) unlinkSync(path);
    },
  };
}

/**
 * The recognition store {@link createRecognitionStore} returns.
 *
 * @category Node
 */
export type RecognitionStore = ReturnType<typeof createRecognitionStore>;
