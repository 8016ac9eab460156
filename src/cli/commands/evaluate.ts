import { createReadStream } from 'node:fs';
import { rm, stat } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { extname, resolve } from 'node:path';
import { type Evaluation, formatNumber, type Locale } from '../../index.js';
import {
  type BatchOptions,
  detectEvidenceFormat,
  type EvidenceFormat,
  evaluateEvidence,
  evaluateNdjsonText,
} from '../../node.js';
import { choice, dateOption, listOption, needPositionals, parseCommand, stringOption } from '../args.js';
import { type BatchSummary, batchCounter } from '../batchSummary.js';
import { criteriaSource, isError, loadEngine } from '../criteria.js';
import { decisionText } from '../evaluationCsv.js';
import { type Interruption, onInterrupt } from '../interrupt.js';
import { type CliIo, type CliStream, ExitCode, println, UsageError, writeAsync } from '../io.js';
import { displayPath, issueLine } from '../issues.js';
import { rowWriter } from '../output.js';
import { type OutputFile, openOutputFile, writtenHere } from '../outputFile.js';
import { checkOutputPaths } from '../outputPaths.js';
import { createProgress } from '../progress.js';
import {
  type CollectiveRun,
  collectiveRejectsPath,
  collectiveSummaryLines,
  defaultCollectivesPath,
  openCollectiveRun,
} from '../results/collectiveRun.js';
import { csvStyleFor } from '../results/csvStyle.js';
import { fieldSummary } from '../results/fieldSummary.js';
import { type FollowUpList, followUpList } from '../results/followUp.js';
import { personTable } from '../results/personTable.js';
import { type RejectedRow, type RejectsOutput, rejectsOutput } from '../results/rejects.js';
import { openTable, type TableSink } from '../results/table.js';

/**
 * The default rejects file: beside `--out` (`results.ndjson` → `results.rejects.ndjson`,
 * `ket-qua.xlsx` → `ket-qua.rejects.xlsx`: a table when the results are one), or `rejects.ndjson`
 * in the working folder when results go to stdout.
 *
 * @param out - the `--out` path, if any
 * @param cwd - the working folder
 * @param format - the results' format (CSV and XLSX results get rejects of the same format)
 * @returns the path
 */
export function defaultRejectsPath(out: string | undefined, cwd: string, format = 'ndjson'): string {
  if (out === undefined) return resolve(cwd, 'rejects.ndjson');
  const full = resolve(cwd, out);
  const ext = extname(full);
  const kind = format === 'csv' || format === 'xlsx' ? format : 'ndjson';
  return `${ext ? full.slice(0, -ext.length) : full}.rejects.${kind}`;
}

/**
 * The summary line; its counts reconcile (evaluated + rejected = read).
 *
 * @param s - the batch counts
 * @param lang - language
 * @returns e.g. `Đã đọc 1.200 dòng: 1.199 đã đánh giá, 1 bị từ chối; danh hiệu cdht: …` (numbers per locale)
 */
export function summaryLine(s: BatchSummary, lang: Locale): string {
  const n = (value: number): string => formatNumber(value, lang);
  const titles = Object.entries(s.titles).map(([id, t]) =>
    lang === 'vi'
      ? `danh hiệu ${id}: ${n(t.awarded)} ${decisionText('awarded', lang)}, ${n(t['not-awarded'])} ${decisionText('not-awarded', lang)}, ${n(t.undetermined)} ${decisionText('undetermined', lang)}`
      : `title ${id}: ${n(t.awarded)} awarded, ${n(t['not-awarded'])} not awarded, ${n(t.undetermined)} undetermined`,
  );
  const head =
    lang === 'vi'
      ? `Đã đọc ${n(s.read)} dòng: ${n(s.evaluated)} đã đánh giá, ${n(s.rejected)} bị từ chối`
      : `Read ${n(s.read)} row${s.read === 1 ? '' : 's'}: ${n(s.evaluated)} evaluated, ${n(s.rejected)} rejected`;
  return [head, ...titles].join('; ');
}

/** How many rejected rows the console shows before pointing to the rejects file. */
const SHOWN_REJECTS = 3;

/** The console lines of the first rejected rows, each with its first problem, in the user's language. */
function rejectLines(first: readonly RejectedRow[], rejected: number, lang: Locale, cwd: string): string[] {
  const lines = first.map((r) => {
    const where =
      r.row === undefined ? (lang === 'vi' ? 'bản ghi' : 'record') : `${lang === 'vi' ? 'dòng' : 'row'} ${r.row}`;
    const who = r.id === undefined ? '' : ` (${r.id})`;
    // The file is the one being read: the row number says where.
    // The reason is the first error: a row's warnings (an undeclared column) come before it in the file's order.
    const reason = r.issues.find((i) => i.severity !== 'warning') ?? r.issues[0];
    const why = reason ? issueLine({ ...reason, file: undefined }, lang, cwd) : '';
    return `  ${where}${who}: ${why}`;
  });
  const more = rejected - first.length;
  if (more > 0)
    lines.push(
      lang === 'vi' ? `  … và ${formatNumber(more, 'vi')} dòng khác` : `  … and ${formatNumber(more, 'en')} more`,
    );
  return lines;
}

/** The rejects output, keeping the first few rows for the console. */
function keepingFirst(out: RejectsOutput): RejectsOutput & { first(): readonly RejectedRow[] } {
  const first: RejectedRow[] = [];
  return {
    ...out,
    write: (r) => {
      if (first.length < SHOWN_REJECTS) first.push(r);
      return out.write(r);
    },
    first: () => first,
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
    'follow-up': { type: 'string' },
    collectives: { type: 'string' },
    'collectives-out': { type: 'string' },
  });
  needPositionals('evaluate', positionals, 1, { vi: 'tệp minh chứng', en: 'the evidence file' });
  if (positionals.length > 1)
    throw new UsageError({ vi: 'chỉ nhận một tệp minh chứng', en: 'only one evidence file is accepted' }, 'evaluate');
  const outFormat = choice(
    'evaluate',
    'format',
    stringOption(values, 'format'),
    ['ndjson', 'json', 'csv', 'xlsx'] as const,
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
  if (outFormat === 'xlsx' && out === undefined)
    throw new UsageError({ vi: '--format xlsx cần --out <tệp>', en: '--format xlsx needs --out <file>' }, 'evaluate');
  const followUp = stringOption(values, 'follow-up');
  const collectives = stringOption(values, 'collectives');
  const collectivesOutOption = stringOption(values, 'collectives-out');
  if (collectivesOutOption !== undefined && collectives === undefined)
    throw new UsageError(
      { vi: '--collectives-out cần --collectives <tệp>', en: '--collectives-out needs --collectives <file>' },
      'evaluate',
    );
  const collectivesOut =
    collectives === undefined
      ? undefined
      : (collectivesOutOption ?? displayPath(defaultCollectivesPath(out, io.cwd), io.cwd));
  const collectiveRejects =
    collectivesOut === undefined
      ? undefined
      : displayPath(collectiveRejectsPath(resolve(io.cwd, collectivesOut)), io.cwd);

  const detail = choice('evaluate', 'detail', stringOption(values, 'detail'), ['full', 'summary'] as const, 'full');
  const workersText = stringOption(values, 'workers');
  const workersAsked = workersText === undefined ? 0 : Number(workersText);
  if (!Number.isInteger(workersAsked) || workersAsked < 0 || workersAsked > 64)
    throw new UsageError(
      {
        vi: `--workers phải là số nguyên từ 0 đến 64 (nhận được "${workersText}")`,
        en: `--workers must be a whole number from 0 to 64 (got "${workersText}")`,
      },
      'evaluate',
    );
  // More threads than cores only add memory and switching: the run uses at most one per core.
  const cores = availableParallelism();
  const workers = Math.min(workersAsked, cores);
  if (workersAsked > cores)
    println(
      io.stderr,
      io.lang === 'vi'
        ? `--workers ${workersAsked} được giảm còn ${cores} (số lõi CPU của máy).`
        : `--workers ${workersAsked} is capped at ${cores} (the number of CPU cores).`,
    );
  const rejectsOption = stringOption(values, 'rejects');
  const rejectsShown = rejectsOption ?? displayPath(defaultRejectsPath(out, io.cwd, outFormat), io.cwd);
  const rejectsPath = resolve(io.cwd, rejectsShown);
  // Before anything is read or written: no output may overwrite an input or another output.
  checkOutputPaths(
    'evaluate',
    io.cwd,
    [
      ...(out === undefined ? [] : [{ option: { vi: '--out', en: '--out' }, path: out }]),
      {
        option: {
          vi: rejectsOption === undefined ? 'tệp dòng bị từ chối' : '--rejects',
          en: rejectsOption === undefined ? 'the rejects file' : '--rejects',
        },
        path: rejectsShown,
      },
      ...(followUp === undefined ? [] : [{ option: { vi: '--follow-up', en: '--follow-up' }, path: followUp }]),
      ...(collectivesOut === undefined
        ? []
        : [
            {
              option: {
                vi: collectivesOutOption === undefined ? 'tệp kết quả tập thể' : '--collectives-out',
                en: collectivesOutOption === undefined ? 'the collective evaluations file' : '--collectives-out',
              },
              path: collectivesOut,
            },
            {
              option: { vi: 'tệp tập thể bị từ chối', en: 'the rejected collectives file' },
              path: collectiveRejects as string,
            },
          ]),
    ],
    [
      ...(source === '-' ? [] : [{ option: { vi: 'tệp minh chứng', en: 'the evidence file' }, path: source }]),
      ...(collectives === undefined
        ? []
        : [{ option: { vi: 'tệp tập thể', en: 'the collectives file' }, path: collectives }]),
      ...listOption(values, 'criteria').map((path) => ({
        option: { vi: 'tệp bộ tiêu chí', en: 'a criteria file' },
        path,
      })),
    ],
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
  // A missing collectives file is said before any output is opened, as a missing evidence file is.
  if (collectives !== undefined) await stat(resolve(io.cwd, collectives));
  // The library's batch reads, validates, evaluates (here or in workers) and keeps the input order;
  // this command only counts, writes and draws progress. Bytes are counted as they are read.
  const bytes = { n: 0 };
  const format = source === '-' ? (input as EvidenceFormat) : detectEvidenceFormat(sourcePath, input);
  const from =
    source === '-' ? (io.stdin ?? process.stdin) : format === 'xlsx' ? sourcePath : counted(sourcePath, bytes);
  const options: BatchOptions = {
    format,
    file: source === '-' ? 'stdin' : sourcePath,
    framework,
    asOf,
    duplicates: values['no-duplicate-check'] !== true,
    workers,
    sources: inputs,
    plugins: io.pluginSpecs ?? [],
    // Work not asked for is not done: a summary is computed without indicator results, reasons or gaps.
    detail: detail === 'summary' ? 'summary' : 'evaluation',
  };
  // NDJSON in, NDJSON or JSON out: evaluations are serialised where they are computed (in the
  // workers, with --workers), and this thread only checks duplicates, counts and writes bytes.
  // (Tables and the follow-up list need the evaluations themselves: they take the other path.)
  const fast =
    format === 'ndjson' &&
    (outFormat === 'ndjson' || outFormat === 'json') &&
    followUp === undefined &&
    collectives === undefined;
  // Options are checked here (unknown framework, plugins for workers…), before any output is opened.
  // A regular file is written by this thread, each block's bytes copied or written before the next
  // block is asked for (see openOutputFile): the blocks' memory can then be used again. Should the
  // output turn out otherwise once open (replaced meanwhile), each piece is copied before it is queued.
  const reuseBlocks = fast && out !== undefined && (await writtenHere(resolve(io.cwd, out)));
  const blocks = fast
    ? evaluateNdjsonText(engine, from as string | AsyncIterable<Uint8Array>, {
        ...options,
        detail: options.detail as 'summary' | 'evaluation',
        output: outFormat === 'json' ? 'json' : 'ndjson',
        reuseBlocks,
      })
    : undefined;
  const items = fast ? undefined : evaluateEvidence(engine, from, options);
  const counter = batchCounter();
  const fields = fieldSummary();
  const style = await csvStyleFor(source === '-' ? undefined : sourcePath, format, io.lang);
  const ctx = { frameworks: columnFrameworks, groups: engine.groups, lang: io.lang, decimalComma: style.decimalComma };
  const followUps: FollowUpList | undefined = followUp === undefined ? undefined : followUpList(ctx);
  // Results go to a temporary file beside --out, renamed when everything is written; an error or an
  // interruption leaves nothing under the final name (and the input, read until then, untouched).
  const target: OutputFile | TableSink =
    outFormat === 'csv' || outFormat === 'xlsx'
      ? await openTable(
          out === undefined ? io.stdout : { path: resolve(io.cwd, out), shown: out },
          outFormat,
          personTable(ctx).columns,
          { sheet: io.lang === 'vi' ? 'Kết quả' : 'Results', style },
        )
      : out === undefined
        ? stdoutOutput(io.stdout)
        : await openOutputFile(resolve(io.cwd, out), out);
  const copyPieces = reuseBlocks && !('copies' in target && target.copies === true);
  const table = 'addRow' in target ? { sink: target, row: personTable(ctx).row } : undefined;
  const writer =
    'stream' in target ? rowWriter<Evaluation>(target.stream, outFormat === 'json' ? 'json' : 'ndjson') : undefined;
  const rejects = keepingFirst(rejectsOutput(rejectsPath, rejectsShown, io.lang, style));
  const group: CollectiveRun | undefined =
    collectives === undefined || collectivesOut === undefined
      ? undefined
      : await openCollectiveRun({
          engine,
          source: { path: resolve(io.cwd, collectives), shown: collectives },
          out: { path: resolve(io.cwd, collectivesOut), shown: collectivesOut },
          rejectsPath: resolve(io.cwd, collectiveRejects as string),
          rejectsShown: collectiveRejects as string,
          asOf,
          lang: io.lang,
          style,
        });
  const progress = createProgress(
    io.stderr,
    size,
    io.lang === 'vi' ? 'Đang đánh giá' : 'Evaluating',
    Date.now,
    io.lang,
  );
  const interrupt: Interruption = onInterrupt();
  let done = false;
  const bytesOut = fast && outFormat === 'json' ? jsonBytes(fileOf(target).stream) : undefined;
  try {
    if (blocks !== undefined) {
      for await (const block of blocks) {
        if (interrupt.signal() !== undefined) break;
        for (const piece of block.pieces) {
          await (bytesOut ?? rawBytes(fileOf(target).stream)).write(copyPieces ? Uint8Array.from(piece) : piece);
        }
        for (let k = 0; k < block.count; k++) {
          const kind = block.kinds[k] as number;
          if (kind === 2) {
            counter.addRejected();
            const id = block.ids[k];
            // (No field summary here: this path does not hand back the warnings of evaluated rows.)
            await rejects.write({ row: block.rows[k], id, issues: block.issues.get(k) ?? [] });
          } else counter.addEvaluated(block.outcomes[block.outcomeOf[k] as number] ?? [], kind === 1);
        }
        progress.tick(counter.read(), bytes.n);
      }
    } else if (items !== undefined) {
      // Each person's result is written as it comes and, with --collectives, counted by the
      // collectives naming them: the collective batch drives this stream.
      const persons = async function* (): AsyncGenerator<Evaluation> {
        for await (const item of items) {
          if (interrupt.signal() !== undefined) return;
          counter.add(item);
          fields.add(item.evaluation !== undefined ? item.warnings : item.issues);
          if (item.evaluation !== undefined) {
            if (table) await table.sink.addRow(table.row(item.evaluation));
            else await writer?.write(item.evaluation);
            followUps?.add(item.evaluation);
            yield item.evaluation;
          } else await rejects.write({ row: item.row, id: item.id, issues: item.issues ?? [] });
          progress.tick(counter.read(), bytes.n);
        }
      };
      if (group !== undefined) await group.run(persons(), () => interrupt.signal() !== undefined);
      else for await (const _ of persons());
    }
    if (interrupt.signal() === undefined) {
      if (bytesOut !== undefined) await bytesOut.close();
      else await writer?.close();
      await target.commit();
      await rejects.commit();
      await group?.commit();
      if (followUps && followUp !== undefined) await writeFollowUp(followUps, io, followUp, style);
      done = true;
    }
  } finally {
    progress.done();
    interrupt.dispose();
    if (!done) {
      await target.abort();
      await rejects.abort();
      await group?.abort();
    }
  }
  const summary = counter.summary();
  const signal = interrupt.signal();
  if (signal !== undefined) {
    println(io.stderr, interruptedLine(summary, out, io.lang));
    return interrupt.exitCode();
  }
  println(io.stderr, summaryLine(summary, io.lang));
  if (summary.warned > 0) {
    println(
      io.stderr,
      io.lang === 'vi'
        ? `${formatNumber(summary.warned, io.lang)} dòng có cảnh báo (trường chưa khai báo hoặc thiếu trường bắt buộc).`
        : `${formatNumber(summary.warned, io.lang)} rows had warnings (undeclared or missing required fields).`,
    );
    for (const line of fields.lines(io.lang)) println(io.stderr, line);
  }
  if (followUp !== undefined)
    println(
      io.stderr,
      io.lang === 'vi'
        ? `Danh sách cần theo dõi (${formatNumber(followUps?.size() ?? 0, io.lang)} trường hợp): ${followUp}`
        : `Follow-up list (${formatNumber(followUps?.size() ?? 0, io.lang)} cases): ${followUp}`,
    );
  // A rejects file left by an earlier run would pass for this run's: it goes.
  if (!rejects.used() && (await stat(rejectsPath).catch(() => undefined))?.isFile()) {
    await rm(rejectsPath, { force: true });
    println(
      io.stderr,
      io.lang === 'vi'
        ? `Đã xoá tệp dòng bị từ chối cũ của lần chạy trước: ${displayPath(rejectsPath, io.cwd)}`
        : `Removed the rejects file of an earlier run: ${displayPath(rejectsPath, io.cwd)}`,
    );
  }
  const staleGroupRejects = collectiveRejects === undefined ? undefined : resolve(io.cwd, collectiveRejects);
  if (
    staleGroupRejects !== undefined &&
    !group?.rejects().used() &&
    (await stat(staleGroupRejects).catch(() => undefined))?.isFile()
  )
    await rm(staleGroupRejects, { force: true });
  if (rejects.used())
    println(
      io.stderr,
      io.lang === 'vi'
        ? `Các dòng bị từ chối: ${displayPath(rejectsPath, io.cwd)}`
        : `Rejected rows: ${displayPath(rejectsPath, io.cwd)}`,
    );
  if (rejects.used())
    for (const line of rejectLines(rejects.first(), summary.rejected, io.lang, io.cwd)) println(io.stderr, line);
  const groups = group?.counts();
  if (groups !== undefined && collectives !== undefined) {
    for (const line of collectiveSummaryLines(groups, collectives, io.lang)) println(io.stderr, line);
    println(
      io.stderr,
      io.lang === 'vi' ? `Kết quả xét tập thể: ${collectivesOut}` : `Collective evaluations: ${collectivesOut}`,
    );
    if (group?.rejects().used())
      println(
        io.stderr,
        io.lang === 'vi'
          ? `Các tập thể bị từ chối: ${collectiveRejects}`
          : `Rejected collectives: ${collectiveRejects}`,
      );
  }
  const anyRejected = summary.rejected > 0 || (groups?.rejected ?? 0) > 0;
  return anyRejected && values.strict === true ? ExitCode.problems : ExitCode.ok;
}

/** Writes the follow-up list, CSV or XLSX by its extension (XLSX when it has neither). */
async function writeFollowUp(
  list: FollowUpList,
  io: CliIo,
  shown: string,
  style: Awaited<ReturnType<typeof csvStyleFor>>,
): Promise<void> {
  const format = extname(shown).toLowerCase() === '.csv' ? 'csv' : 'xlsx';
  const vi = io.lang === 'vi';
  const sink = await openTable({ path: resolve(io.cwd, shown), shown }, format, list.columns, {
    sheet: vi ? 'Cần theo dõi' : 'Follow-up',
    title: vi
      ? 'DANH SÁCH CHƯA ĐẠT HOẶC CHƯA XÁC ĐỊNH DANH HIỆU — CẦN BỔ SUNG'
      : 'NOT AWARDED OR UNDETERMINED — WHAT EACH STILL NEEDS',
    style,
  });
  try {
    await list.write(sink);
    await sink.commit();
  } catch (error) {
    await sink.abort();
    throw error;
  }
}

/** The output as a stream of text (NDJSON and JSON results; never a table). */
function fileOf(target: OutputFile | TableSink): OutputFile {
  if (!('stream' in target)) throw new Error('results written as a table have no text stream');
  return target;
}

/** Standard output as an output: nothing to rename or remove. */
function stdoutOutput(stdout: CliStream): OutputFile {
  return { stream: stdout, commit: async () => {}, abort: async () => {} };
}

/**
 * What an interrupted run says: how far it got, and that nothing was written under the output's name.
 *
 * @param s - the counts so far
 * @param out - `--out` as typed, if any
 * @param lang - language
 * @returns e.g. `Interrupted after 44,001 rows (44,000 evaluated, 1 rejected); nothing was written to w.ndjson`
 */
export function interruptedLine(s: BatchSummary, out: string | undefined, lang: Locale): string {
  const n = (x: number) => formatNumber(x, lang);
  if (lang === 'vi') {
    const where = out === undefined ? 'kết quả trên đầu ra chuẩn chưa đầy đủ' : `không có gì được ghi vào ${out}`;
    return `Đã dừng sau ${n(s.read)} dòng (${n(s.evaluated)} đã đánh giá, ${n(s.rejected)} bị từ chối); ${where}.`;
  }
  const where = out === undefined ? 'the results on standard output are incomplete' : `nothing was written to ${out}`;
  return `Interrupted after ${n(s.read)} row${s.read === 1 ? '' : 's'} (${n(s.evaluated)} evaluated, ${n(s.rejected)} rejected); ${where}.`;
}

/** Serialised rows written as they come (NDJSON). */
function rawBytes(stream: CliStream): { write(bytes: Uint8Array): Promise<void> } {
  return { write: (bytes) => writeAsync(stream, bytes) };
}

/**
 * Serialised JSON array elements (each after `,\n`) written as one array, as `rowWriter` writes
 * JSON: `[\n` before the first, `\n]\n` at the end, `[]\n` when there is none.
 */
function jsonBytes(stream: CliStream): { write(bytes: Uint8Array): Promise<void>; close(): Promise<void> } {
  let first = true;
  return {
    write: async (bytes) => {
      if (bytes.length === 0) return;
      if (first) {
        first = false;
        await writeAsync(stream, '[\n');
        await writeAsync(stream, bytes.subarray(2));
      } else await writeAsync(stream, bytes);
    },
    close: () => writeAsync(stream, first ? '[]\n' : '\n]\n'),
  };
}

/** The file's bytes, counted as they are read (for the progress bar). */
async function* counted(path: string, bytes: { n: number }): AsyncGenerator<Uint8Array> {
  for await (const chunk of createReadStream(path, { highWaterMark: 256 * 1024 })) {
    bytes.n += (chunk as Buffer).length;
    yield chunk as Buffer;
  }
}
