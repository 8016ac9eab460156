/**
 * The JSON text of a summary evaluation written field by field: `--detail summary` output, where
 * `JSON.stringify` of the whole object took as long per row as parsing the input line.
 *
 * @module
 * @internal
 */
import type { Evaluation } from '../format/evaluation.js';

/** A number as `JSON.stringify` writes it (non-finite numbers are `null`). */
function num(n: number): string {
  return Number.isFinite(n) ? `${n}` : 'null';
}

const str = JSON.stringify as (s: string) => string;

/**
 * `JSON.stringify(e)` for a summary built by `_createSummarizer` (see ./summary.ts), which puts the
 * fields in this order: the text is the same byte for byte (tests/summary-json.test.ts compares
 * them over every bundled framework and sample). Values of open shape (unit, memberships, derived
 * values, variant) go through `JSON.stringify`; the fixed parts are written directly. Not for an
 * evaluation from anywhere else: a hook may have added or reordered fields.
 *
 * @param e - a summary from a summarizer
 * @returns its JSON text
 * @internal
 */
export function _summaryJson(e: Evaluation): string {
  let s = `{"framework":{"id":${str(e.framework.id)},"version":${str(e.framework.version)}},"person":${str(e.person)}`;
  if (e.name !== undefined) s += `,"name":${str(e.name)}`;
  if (e.birthYear !== undefined) s += `,"birthYear":${num(e.birthYear)}`;
  s += `,"group":${str(e.group)}`;
  if (e.unit !== undefined) s += `,"unit":${JSON.stringify(e.unit)}`;
  if (e.memberships !== undefined) s += `,"memberships":${JSON.stringify(e.memberships)}`;
  s += `,"period":{"from":${str(e.period.from)},"to":${str(e.period.to)}},"asOf":${str(e.asOf)}`;
  s += `,"total":${num(e.total)},"possible":${num(e.possible)},"max":${num(e.max)},"criteria":[`;
  for (let c = 0; c < e.criteria.length; c++) {
    const r = e.criteria[c] as Evaluation['criteria'][number];
    s += `${c === 0 ? '' : ','}{"id":${str(r.id)},"points":${num(r.points)},"max":${num(r.max)},"possible":${num(r.possible)}}`;
  }
  s += `],"indicators":[],"derived":${JSON.stringify(e.derived)}`;
  if (e.variant !== undefined) s += `,"variant":${JSON.stringify(e.variant)}`;
  s += ',"titles":[';
  for (let k = 0; k < e.titles.length; k++) {
    const t = e.titles[k] as Evaluation['titles'][number];
    s += `${k === 0 ? '' : ','}{"id":${str(t.id)},"decision":${str(t.decision)},"reasons":[],"gap":null}`;
  }
  return `${s}]}`;
}
