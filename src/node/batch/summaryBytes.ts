/**
 * A summary evaluation's JSON written as bytes, field by field: `--detail summary` output, where
 * `JSON.stringify` of the whole object took as long per row as parsing the input line, and building
 * the text as a string left several times its size in garbage.
 *
 * @module
 * @internal
 */
import { Buffer } from 'node:buffer';
import type { Evaluation } from '../../format/evaluation.js';
import type { JsonSink } from './jsonSink.js';

const ascii = (s: string): Buffer => Buffer.from(s, 'latin1');
const HEAD = /* @__PURE__ */ ascii('{"framework":{"id":');
const VERSION = /* @__PURE__ */ ascii(',"version":');
const PERSON = /* @__PURE__ */ ascii('},"person":');
const NAME = /* @__PURE__ */ ascii(',"name":');
const BIRTH_YEAR = /* @__PURE__ */ ascii(',"birthYear":');
const GROUP = /* @__PURE__ */ ascii(',"group":');
const UNIT = /* @__PURE__ */ ascii(',"unit":');
const MEMBERSHIPS = /* @__PURE__ */ ascii(',"memberships":');
const PERIOD = /* @__PURE__ */ ascii(',"period":{"from":');
const TO = /* @__PURE__ */ ascii(',"to":');
const AS_OF = /* @__PURE__ */ ascii('},"asOf":');
const TOTAL = /* @__PURE__ */ ascii(',"total":');
const POSSIBLE = /* @__PURE__ */ ascii(',"possible":');
const MAX = /* @__PURE__ */ ascii(',"max":');
const CRITERIA = /* @__PURE__ */ ascii(',"criteria":[');
const ID_FIRST = /* @__PURE__ */ ascii('{"id":');
const ID_NEXT = /* @__PURE__ */ ascii(',{"id":');
const POINTS = /* @__PURE__ */ ascii(',"points":');
const DERIVED = /* @__PURE__ */ ascii('],"indicators":[],"derived":');
const VARIANT = /* @__PURE__ */ ascii(',"variant":');
const TITLES = /* @__PURE__ */ ascii(',"titles":[');
const DECISION = /* @__PURE__ */ ascii(',"decision":');
const TITLE_END = /* @__PURE__ */ ascii(',"reasons":[],"gap":null}');
const END = /* @__PURE__ */ ascii(']}');

/**
 * Writes `JSON.stringify(e)` for a summary built by `_createSummarizer` (see
 * src/evaluate/summary.ts), which puts the fields in this order: the bytes are the same
 * (tests/summary-json.test.ts compares them over every bundled framework and sample). Values of
 * open shape (unit, memberships, derived values, variant) are written as `JSON.stringify` writes
 * them. Not for an evaluation from anywhere else: a hook may have added or reordered fields.
 *
 * @param e - a summary from a summarizer
 * @param out - where to write
 * @internal
 */
export function _writeSummary(e: Evaluation, out: JsonSink): void {
  out.raw(HEAD);
  out.string(e.framework.id);
  out.raw(VERSION);
  out.string(e.framework.version);
  out.raw(PERSON);
  out.string(e.person);
  if (e.name !== undefined) {
    out.raw(NAME);
    out.string(e.name);
  }
  if (e.birthYear !== undefined) {
    out.raw(BIRTH_YEAR);
    out.number(e.birthYear);
  }
  out.raw(GROUP);
  out.string(e.group);
  if (e.unit !== undefined) {
    out.raw(UNIT);
    out.value(e.unit);
  }
  if (e.memberships !== undefined) {
    out.raw(MEMBERSHIPS);
    out.value(e.memberships);
  }
  out.raw(PERIOD);
  out.string(e.period.from);
  out.raw(TO);
  out.string(e.period.to);
  out.raw(AS_OF);
  out.string(e.asOf);
  out.raw(TOTAL);
  out.number(e.total);
  out.raw(POSSIBLE);
  out.number(e.possible);
  out.raw(MAX);
  out.number(e.max);
  out.raw(CRITERIA);
  for (let c = 0; c < e.criteria.length; c++) {
    const r = e.criteria[c] as Evaluation['criteria'][number];
    out.raw(c === 0 ? ID_FIRST : ID_NEXT);
    out.string(r.id);
    out.raw(POINTS);
    out.number(r.points);
    out.raw(MAX);
    out.number(r.max);
    out.raw(POSSIBLE);
    out.number(r.possible);
    out.byte(0x7d);
  }
  out.raw(DERIVED);
  out.value(e.derived);
  if (e.variant !== undefined) {
    out.raw(VARIANT);
    out.value(e.variant);
  }
  out.raw(TITLES);
  for (let k = 0; k < e.titles.length; k++) {
    const t = e.titles[k] as Evaluation['titles'][number];
    out.raw(k === 0 ? ID_FIRST : ID_NEXT);
    out.string(t.id);
    out.raw(DECISION);
    out.string(t.decision);
    out.raw(TITLE_END);
  }
  out.raw(END);
}
