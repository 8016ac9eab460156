import { PassThrough } from 'node:stream';
import {
  aggregate,
  buildRecognitionList,
  buildRecognitionStatus,
  computeProgress,
  type Dossier,
  type Evaluation,
  type RecognitionEntry,
  renderAnnexHtml,
  renderReport,
  type UnitRecognitionStatus,
} from 'cdht';
import { writeAnnexXlsx, xlsxFormatter } from 'cdht/node';
import type { PortalWorkflow } from '../workflow/policy.js';

/** Language of a report. */
export type ReportLang = 'vi' | 'en';

/** How reports are made: the plan and mappings, the report date, the language. */
export interface ReportOptions {
  readonly workflow: PortalWorkflow;
  readonly asOf: string;
  readonly lang: ReportLang;
}

/** The recognition list of recognised dossiers' evaluations, grouped by commune (the library's order). */
export function recognitionList(evaluations: readonly Evaluation[], o: ReportOptions): RecognitionEntry[] {
  return buildRecognitionList(evaluations, {
    titleId: 'cdht',
    by: 'commune',
    plan: o.workflow.plan,
    asOf: o.asOf,
    mappings: o.workflow.mappings,
  });
}

/** The recognition list as the annex to the recognition decision: print-ready HTML or XLSX. */
export async function recognitionFile(
  list: readonly RecognitionEntry[],
  year: number,
  format: 'html' | 'xlsx',
  o: ReportOptions,
): Promise<string | Buffer> {
  if (format === 'html') return renderAnnexHtml(list, { year, asOf: o.asOf, locale: o.lang });
  const out = new PassThrough();
  const chunks: Buffer[] = [];
  out.on('data', (c: Buffer) => chunks.push(c));
  await writeAnnexXlsx(out, list, { year, locale: o.lang });
  return Buffer.concat(chunks);
}

/**
 * The progress report of the plan for the evaluations given (a commune's submitted dossiers),
 * with the recognition list, through the library's formatters (HTML, or XLSX from `cdht/node`).
 */
export async function progressFile(
  evaluations: readonly Evaluation[],
  recognised: readonly RecognitionEntry[],
  format: 'html' | 'xlsx',
  o: ReportOptions,
): Promise<string | Uint8Array> {
  const { plan, mappings } = o.workflow;
  const progress = computeProgress(aggregate(evaluations, plan, { asOf: o.asOf, mappings }), plan, { asOf: o.asOf });
  return renderReport(
    { plan, progress, recognitions: recognised, by: 'commune' },
    format,
    { locale: o.lang },
    {
      xlsx: xlsxFormatter,
    },
  );
}

/** One commune's counts in the roll-up: no names, no dossier ids. */
export interface RollUpRow {
  readonly unit: string;
  readonly eligible: number;
  readonly recognised: number;
  readonly expired: number;
  readonly refused: number;
  readonly revoked: number;
  readonly waiting: { readonly draft: number; readonly 'self-assessed': number; readonly reviewed: number };
}

/** Where each commune's dossiers stand on the report date (the library's recognition status). */
export function recognitionStatus(dossiers: readonly Dossier[], o: ReportOptions): UnitRecognitionStatus[] {
  return buildRecognitionStatus(dossiers, {
    asOf: o.asOf,
    by: 'commune',
    plan: o.workflow.plan,
    mappings: o.workflow.mappings,
  });
}

/** The status reduced to counts, for viewers who see no personal data. */
export const rollUp = (status: readonly UnitRecognitionStatus[]): RollUpRow[] =>
  status.map((s) => ({
    unit: s.unit.name,
    eligible: s.eligible,
    recognised: s.recognised,
    expired: s.expired,
    refused: s.refused,
    revoked: s.revoked,
    waiting: {
      draft: s.waiting.draft.length,
      'self-assessed': s.waiting['self-assessed'].length,
      reviewed: s.waiting.reviewed.length,
    },
  }));
