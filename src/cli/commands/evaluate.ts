import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { extname, resolve } from 'node:path';
import { type Evaluation, formatPath, type Issue, type Locale } from '../../index.js';
import { detectEvidenceFormat, type EvidenceFormat, evaluateEvidence } from '../../node.js';

import { choice, dateOption, listOption, needPositionals, parseCommand, stringOption } from '../args.js';
import { type BatchSummary, batchCounter } from '../batchSummary.js';
import { criteriaSource, isError, loadEngine } from '../criteria.js';
import { decisionText, evaluationColumns } from '../evaluationCsv.js';
import { type CliIo, ExitCode, println, UsageError } from '../io.js';
import { displayPath, issueLine } from '../issues.js';
import { type OutputTarget, openOutput, type RowWriter, rowWriter } from '../output.js';
import { createProgress } from '../progress.js';

/**
 * The default rejects file: beside `--out` (`results.ndjson` → `results.rejects.ndjson`), or
 * `rejects.ndjson` in the working folder when results go to stdout.
 *
 * @param out - the `--out` path, if any
 * @param cwd - the working folder
 * @returns the path
 */
export function defaultRejectsPath(out: string | undefined, cwd: string): string {
  if (out === undefined) return resolve(cwd, 'rejects.ndjson');
  const full = resolve(cwd, out);
  const ext = extname(full);
  return `${ext ? full.slice(0, -ext.length) : full}.rejects.ndjson`;
}

/**
 * The summary line; its counts reconcile (evaluated + rejected = read).
 *
 * @param s - the batch counts
 * @param lang - language
 * @returns e.g. `Đã đọc 3 dòng: 2 đã đánh giá, 1 bị từ chối; danh hiệu cdht: 1 đạt, 1 không đạt, 0 chưa xác định`
 */
export function summaryLine(s: BatchSummary, lang: Locale): string {
  const titles = Object.entries(s.titles).map(([id, t]) =>
    lang === 'vi'
      ? `danh hiệu ${id}: ${t.awarded} ${decisionText('awarded', lang)}, ${t['not-awarded']} ${decisionText('not-awarded', lang)}, ${t.undetermined} ${decisionText('undetermined', lang)}`
      : `title ${id}: ${t.awarded} awarded, ${t['not-awarded']} not awarded, ${t.undetermined} undetermined`,
  );
  const head =
    lang === 'vi'
      ? `Đã đọc ${s.read} dòng: ${s.evaluated} đã đánh giá, ${s.rejected} bị từ chối`
      : `Read ${s.read} row${s.read === 1 ? '' : 's'}: ${s.evaluated} evaluated, ${s.rejected} rejected`;
  return [head, ...titles].join('; ');
}

/** A row that was not evaluated: its number, the person when known, and why. */
interface RejectedRow {
  readonly row: number | undefined;
  readonly id?: string | undefined;
  readonly issues: readonly Issue[];
}

/** Writes rejected rows to a file created only when the first one arrives. */
function rejectsWriter(
  path: string,
  lang: Locale,
): { write(r: RejectedRow): Promise<void>; close(): Promise<void>; used(): boolean } {
  let target: OutputTarget | undefined;
  let writer: RowWriter<unknown> | undefined;
  return {
    async write(r) {
      if (!target) {
        target = openOutput(path, { write: () => true, once: () => undefined });
        writer = rowWriter(target.stream, 'ndjson');
      }
      const issues = r.issues.map((i) => ({
        code: i.code,
        path: formatPath(i.path),
        params: i.params,
        message: i.message[lang],
      }));
      await writer?.write({ row: r.row, ...(r.id === undefined ? {} : { id: r.id }), issues });
    },
    close: async () => {
      await target?.close();
    },
    used: () => target !== undefined,
  };
}

/**
 * `cdht evaluate [--criteria …] [--framework id] [--as-of date] <evidence>`: streams evidence
 * through the engine, writes evaluations (NDJSON, JSON or CSV) and rejected rows, and ends with
 * a summary on stderr whose counts reconcile.
 *
 * @param args - command arguments
 * @param io - streams, language, plugins
 * @returns 0; 1 when the criteria do not load, or with `--strict` when a row was rejected
 * @category CLI
 */
export async function evaluate(args: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommand('evaluate', args, {
    criteria: { type: 'string', multiple: true },
    'no-bundled': { type: 'boolean' },
    framework: { type: 'string' },
    'as-of': { type: 'string' },
    format: { type: 'string' },
    'input-format': { type: 'string' },
    out: { type: 'string', short: 'o' },
    rejects: { type: 'string' },
    strict: { type: 'boolean' },
    'no-duplicate-check': { type: 'boolean' },
    workers: { type: 'string' },
    detail: { type: 'string' },
  });
  needPositionals('evaluate', positionals, 1, { vi: 'tệp minh chứng', en: 'the evidence file' });
  if (positionals.length > 1)
    throw new UsageError({ vi: 'chỉ nhận một tệp minh chứng', en: 'only one evidence file is accepted' }, 'evaluate');
  const outFormat = choice(
    'evaluate',
    'format',
    stringOption(values, 'format'),
    ['ndjson', 'json', 'csv'] as const,
    'ndjson',
  );
  const inputFormat = stringOption(values, 'input-format');
  const input =
    inputFormat === undefined
      ? undefined
      : choice<EvidenceFormat>('evaluate', 'input-format', inputFormat, ['json', 'ndjson', 'csv', 'xlsx'], 'ndjson');
  const source = positionals[0] as string;
  if (source === '-' && input === undefined) {
    throw new UsageError(
      { vi: 'đọc từ stdin (-) cần --input-format', en: 'reading stdin (-) needs --input-format' },
      'evaluate',
    );
  }
  const asOf = dateOption('evaluate', 'as-of', stringOption(values, 'as-of'));
  const framework = stringOption(values, 'framework');
  const out = stringOption(values, 'out');

  const detail = choice('evaluate', 'detail', stringOption(values, 'detail'), ['full', 'summary'] as const, 'full');
  const workersText = stringOption(values, 'workers');
  const workers = workersText === undefined ? 0 : Number(workersText);
  if (!Number.isInteger(workers) || workers < 0 || workers > 64)
    throw new UsageError(
      {
        vi: `--workers phải là số nguyên từ 0 đến 64 (nhận được "${workersText}")`,
        en: `--workers must be a whole number from 0 to 64 (got "${workersText}")`,
      },
      'evaluate',
    );
  const { engine, issues, inputs } = await loadEngine(
    io,
    criteriaSource(listOption(values, 'criteria'), values['no-bundled'] === true),
  );
  const errors = issues.filter(isError);
  if (errors.length > 0) {
    for (const i of errors) println(io.stderr, issueLine(i, io.lang, io.cwd));
    return ExitCode.problems;
  }
  // People are judged by individual frameworks only: collective ones add no columns.
  const forms = engine.frameworks().filter((f) => f.kind !== 'collective');
  const columnFrameworks = framework === undefined ? forms : forms.filter((f) => f.id === framework);
  const sourcePath = source === '-' ? '-' : resolve(io.cwd, source);
  const size = source === '-' ? undefined : (await stat(sourcePath)).size;
  // The library's batch reads, validates, evaluates (here or in workers) and keeps the input order;
  // this command only counts, writes and draws progress. Bytes are counted as they are read.
  const bytes = { n: 0 };
  const format = source === '-' ? (input as EvidenceFormat) : detectEvidenceFormat(sourcePath, input);
  const from =
    source === '-' ? (io.stdin ?? process.stdin) : format === 'xlsx' ? sourcePath : counted(sourcePath, bytes);
  // Options are checked here (unknown framework, plugins for workers…), before any output is opened.
  const items = evaluateEvidence(engine, from, {
    format,
    file: source === '-' ? 'stdin' : sourcePath,
    framework,
    asOf,
    duplicates: values['no-duplicate-check'] !== true,
    workers,
    sources: inputs,
    plugins: io.pluginSpecs ?? [],
  });
  const counter = batchCounter();
  const target = openOutput(out === undefined ? undefined : resolve(io.cwd, out), io.stdout);
  const writer = rowWriter<Evaluation>(
    target.stream,
    outFormat,
    outFormat === 'csv' ? evaluationColumns(columnFrameworks, io.lang) : [],
  );
  const rejectsPath =
    stringOption(values, 'rejects') === undefined
      ? defaultRejectsPath(out, io.cwd)
      : resolve(io.cwd, stringOption(values, 'rejects') as string);
  const rejects = rejectsWriter(rejectsPath, io.lang);
  const progress = createProgress(io.stderr, size, io.lang === 'vi' ? 'Đang đánh giá' : 'Evaluating');
  try {
    for await (const item of items) {
      counter.add(item);
      if (item.evaluation !== undefined)
        await writer.write(detail === 'full' ? item.evaluation : summaryOf(item.evaluation));
      else await rejects.write({ row: item.row, id: item.id, issues: item.issues ?? [] });
      progress.tick(counter.read(), bytes.n);
    }
  } finally {
    progress.done();
    await writer.close();
    await target.close();
    await rejects.close();
  }
  const summary = counter.summary();
  println(io.stderr, summaryLine(summary, io.lang));
  if (summary.warned > 0) {
    println(
      io.stderr,
      io.lang === 'vi'
        ? `${summary.warned} dòng có cảnh báo (trường chưa khai báo hoặc thiếu trường bắt buộc).`
        : `${summary.warned} rows had warnings (undeclared or missing required fields).`,
    );
  }
  if (rejects.used())
    println(
      io.stderr,
      io.lang === 'vi'
        ? `Các dòng bị từ chối: ${displayPath(rejectsPath, io.cwd)}`
        : `Rejected rows: ${displayPath(rejectsPath, io.cwd)}`,
    );
  return summary.rejected > 0 && values.strict === true ? ExitCode.problems : ExitCode.ok;
}

/**
 * The summary of an evaluation `--detail summary` writes: everything `cdht report` reads (person,
 * unit, group, framework, totals, criteria, derived values, title decisions) without the
 * per-indicator results and the reasons, a fifth of the size.
 *
 * @param e - the evaluation
 * @returns the summary row
 */
export function summaryOf(e: Evaluation): Evaluation {
  return {
    ...e,
    indicators: [],
    titles: e.titles.map((t) => ({ id: t.id, decision: t.decision, reasons: [], gap: null })),
  };
}

/** The file's bytes, counted as they are read (for the progress bar). */
async function* counted(path: string, bytes: { n: number }): AsyncGenerator<Uint8Array> {
  for await (const chunk of createReadStream(path, { highWaterMark: 256 * 1024 })) {
    bytes.n += (chunk as Buffer).length;
    yield chunk as Buffer;
  }
}
