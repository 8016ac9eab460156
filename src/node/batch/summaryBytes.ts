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
import { JsonSink } from './jsonSink.js';

const ascii = (s: string): Buffer => Buffer.from(s, 'latin1');
const HEAD = /* @__PURE__ */ ascii('{"framework":');
const ID = /* @__PURE__ */ ascii('{"id":');
const VERSION = /* @__PURE__ */ ascii(',"version":');
const PERSON = /* @__PURE__ */ ascii(',"person":');
const NAME = /* @__PURE__ */ ascii(',"name":');
const BIRTH_YEAR = /* @__PURE__ */ ascii(',"birthYear":');
const GROUP = /* @__PURE__ */ ascii(',"group":');
const UNIT = /* @__PURE__ */ ascii(',"unit":');
const MEMBERSHIPS = /* @__PURE__ */ ascii(',"memberships":');
const PERIOD = /* @__PURE__ */ ascii(',"period":');
const FROM = /* @__PURE__ */ ascii('{"from":');
const TO = /* @__PURE__ */ ascii(',"to":');
const AS_OF = /* @__PURE__ */ ascii(',"asOf":');
const TOTAL = /* @__PURE__ */ ascii(',"total":');
const POSSIBLE = /* @__PURE__ */ ascii(',"possible":');
const MAX = /* @__PURE__ */ ascii(',"max":');
const CRITERIA = /* @__PURE__ */ ascii(',"criteria":[');
const POINTS = /* @__PURE__ */ ascii(',"points":');
const DERIVED = /* @__PURE__ */ ascii('],"indicators":[],"derived":');
const VARIANT = /* @__PURE__ */ ascii(',"variant":');
const TITLES = /* @__PURE__ */ ascii(',"titles":[');
const DECISION = /* @__PURE__ */ ascii(',"decision":');
const REASONS = /* @__PURE__ */ ascii(',"reasons":');
const GAP = /* @__PURE__ */ ascii(',"gap":');
const END = /* @__PURE__ */ ascii(']}');

/** Frozen parts whose bytes a writer remembers, at most. */
const MAX_KNOWN = 4096;

/**
 * A writer of summaries: `JSON.stringify(e)` for a summary built by `_createSummarizer` (see
 * src/evaluate/summary.ts), which puts the fields in this order — the bytes are the same
 * (tests/summary-json.test.ts compares them over every bundled framework and sample). Values of
 * open shape (unit, memberships, derived values, variant) are written as `JSON.stringify` writes
 * them. Not for an evaluation from anywhere else: a hook may have added or reordered fields.
 *
 * Summaries share frozen parts (the framework reference, a year's period, whole-point criterion
 * results, title results without reasons): the writer remembers the bytes of each such part, by
 * identity, and copies them — a frozen object cannot change — instead of writing its fields again.
 *
 * @returns `write(e, out)`; its memory of parts is its own (one writer per evaluator)
 * @internal
 */
export function _summaryWriter(): (e: Evaluation, out: JsonSink) => void {
  const known = new Map<object, Uint8Array>();
  const scratch = new JsonSink(256);
  /** Writes `part` by `write`, or the bytes remembered for it when it is frozen. */
  const shared = <T extends object>(part: T, write: (part: T, out: JsonSink) => void, out: JsonSink): void => {
    const bytes = known.get(part);
    if (bytes !== undefined) {
      out.raw(bytes);
      return;
    }
    if (!Object.isFrozen(part) || known.size >= MAX_KNOWN) {
      write(part, out);
      return;
    }
    scratch.at = 0;
    write(part, scratch);
    const made = new Uint8Array(scratch.bytes.subarray(0, scratch.at)); // a copy: the scratch is reused
    known.set(part, made);
    out.raw(made);
  };
  return (e, out) => {
    out.raw(HEAD);
    shared(e.framework, writeReference, out);
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
    shared(e.period, writePeriod, out);
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
      if (c > 0) out.byte(0x2c);
      shared(e.criteria[c] as Evaluation['criteria'][number], writeCriterion, out);
    }
    out.raw(DERIVED);
    out.value(e.derived);
    if (e.variant !== undefined) {
      out.raw(VARIANT);
      out.value(e.variant);
    }
    out.raw(TITLES);
    for (let k = 0; k < e.titles.length; k++) {
      if (k > 0) out.byte(0x2c);
      const t = e.titles[k] as Evaluation['titles'][number];
      // Remembered only without reasons (a frozen empty list) and without a gap: then it is all values.
      if (t.reasons.length === 0 && t.gap === null && Object.isFrozen(t.reasons)) shared(t, writeTitle, out);
      else writeTitle(t, out);
    }
    out.raw(END);
  };
}

function writeReference(ref: Evaluation['framework'], out: JsonSink): void {
  out.raw(ID);
  out.string(ref.id);
  out.raw(VERSION);
  out.string(ref.version);
  out.byte(0x7d);
}

function writePeriod(period: Evaluation['period'], out: JsonSink): void {
  out.raw(FROM);
  out.string(period.from);
  out.raw(TO);
  out.string(period.to);
  out.byte(0x7d);
}

function writeCriterion(r: Evaluation['criteria'][number], out: JsonSink): void {
  out.raw(ID);
  out.string(r.id);
  out.raw(POINTS);
  out.number(r.points);
  out.raw(MAX);
  out.number(r.max);
  out.raw(POSSIBLE);
  out.number(r.possible);
  out.byte(0x7d);
}

/** A title result of a summary: no reasons and no gap (the summarizer's), written as they are otherwise. */
function writeTitle(t: Evaluation['titles'][number], out: JsonSink): void {
  out.raw(ID);
  out.string(t.id);
  out.raw(DECISION);
  out.string(t.decision);
  out.raw(REASONS);
  out.value(t.reasons);
  out.raw(GAP);
  out.value(t.gap);
  out.byte(0x7d);
}
