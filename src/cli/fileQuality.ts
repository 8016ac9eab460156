import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { FileQuality } from '../index.js';
import { readJsonRows } from '../node.js';
import type { ReadReport } from './aggregateFiles.js';

/** The rejects file `evaluate` writes beside `out.ndjson` by default: `out.rejects.ndjson`. */
export function rejectsBeside(file: string): string {
  return `${file.replace(/\.(nd)?json$/iu, '')}.rejects.ndjson`;
}

/**
 * The data-quality rows of a report: per evaluation file, what the report read and kept, plus the
 * evidence rows `evaluate` rejected into the rejects file beside it (each counted once, by its
 * first problem's code), so the rows rejected before the report are not lost from its totals.
 *
 * @param files - the per-file tallies of `aggregateFiles`
 * @param cwd - folder the file names are relative to
 * @returns one row per file
 */
export async function fileQuality(files: ReadReport['files'], cwd: string): Promise<FileQuality[]> {
  const out: FileQuality[] = [];
  for (const f of files) {
    const reasons: Record<string, number> = { ...f.rejected };
    let early = 0;
    const rejects = resolve(cwd, rejectsBeside(f.file));
    if (existsSync(rejects)) {
      for await (const r of readJsonRows(rejects, { file: rejectsBeside(f.file) })) {
        if (!('value' in r)) continue;
        const issues = (r.value as { issues?: unknown }).issues;
        // The first problem that rejected the row: warnings (an undeclared field) do not.
        const list = (Array.isArray(issues) ? issues : []) as { code?: unknown }[];
        const first = list.find((i) => i.code !== 'unknown_evidence_field') ?? list[0];
        const code = typeof first?.code === 'string' ? first.code : 'rejected';
        reasons[code] = (reasons[code] ?? 0) + 1;
        early++;
      }
    }
    const late = Object.values(f.rejected).reduce((a, b) => a + b, 0);
    out.push({
      file: f.file,
      read: f.read + early,
      evaluated: f.kept,
      rejected: late + early,
      rejectedAtEvaluation: early,
      reasons,
    });
  }
  return out;
}
