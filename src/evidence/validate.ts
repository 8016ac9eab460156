import { fromZodIssues } from '../errors/fromZod.js';
import type { Issue } from '../errors/issue.js';
import { type EvidenceRecord, EvidenceRecordSchema } from '../format/evidence.js';
import type { EvidenceField } from '../format/framework.js';
import { birthYearOf } from './birthYear.js';
import { _fitsEvidence, _missingField, _unknownField, checkEvidenceValue, type EvidenceTypes } from './checkField.js';
import { _checkDepth } from './depth.js';
import { isSimpleRecord } from './simpleRecord.js';

/**
 * The outcome of validating one evidence record, in the project-wide result shape: the record
 * (NFC-normalised, plugin-typed fields parsed) with the warnings it carries, or every issue that
 * rejects it (warnings included, so a rejected row shows everything at once).
 *
 * @category Evidence
 */
export type EvidenceValidation =
  | { readonly success: true; readonly data: EvidenceRecord; readonly warnings: readonly Issue[] }
  | { readonly success: false; readonly issues: readonly Issue[] };

/**
 * Validates one evidence record: its shape, and, when a framework's declared evidence is given,
 * every value under `data` (type, range, allowed values).
 *
 * Fields under `data` that the framework does not declare, and declared `required` fields that
 * are absent, are warnings: the record is kept, because evaluation treats missing evidence as
 * undetermined rather than wrong. Strings are normalised to NFC. Objects and arrays nested deeper
 * than {@link EVIDENCE_MAX_DEPTH} reject the record (`evidence_too_deep`) before anything else.
 *
 * @param value - the record as parsed
 * @param evidence - the framework's declared evidence fields
 * @param types - plugin evidence types (`engine.evidenceTypes`): top-level fields of such a type are
 *   first `parse`d (a typed "062 085 001 234" becomes "062085001234"), then `validate`d
 * @returns the record and warnings, or the issues that reject it
 * @example validateEvidenceRecord({ id: '1', period: '2025', data: { tc1_1: { self: 12 } } }, fields)
 * // { success: false, issues: [{ code: 'invalid_evidence', path: ['data', 'tc1_1', 'self'], … }] }
 * @category Evidence
 */
export function validateEvidenceRecord(
  value: unknown,
  evidence?: Readonly<Record<string, EvidenceField>>,
  types?: EvidenceTypes,
): EvidenceValidation {
  const shape = _parseEvidenceShape(value);
  if (!shape.success || !evidence) return shape;
  return _checkDeclaredEvidence(shape.data, evidence, types);
}

/**
 * What a caller knows of a record it parsed itself (bits of `known`, see {@link _parseEvidenceShape}):
 * every string is NFC already (a batch block normalised as one text)…
 * @internal
 */
export const KNOWN_NFC = 1;
/** … its JSON text nests no deeper than `EVIDENCE_MAX_DEPTH` (its brackets were counted)… @internal */
export const KNOWN_SHALLOW = 2;
/** … and the value is the caller's own, fresh from `JSON.parse`, so it need not be copied. @internal */
export const KNOWN_OWNED = 4;

/**
 * The shape check alone: the record's fields (`id`, `period`, `unit`, `data`, …), with every string
 * NFC-normalised. What `data` holds is not looked at. `known` (bits {@link KNOWN_NFC},
 * {@link KNOWN_SHALLOW}, {@link KNOWN_OWNED}) skips what the caller has already established.
 *
 * @internal
 */
export function _parseEvidenceShape(value: unknown, known = 0): EvidenceValidation {
  // Before any pass that recurses over the values: a record nested thousands deep is rejected, not a crash.
  const deep = (known & KNOWN_SHALLOW) !== 0 ? undefined : _checkDepth(value);
  if (deep) return { success: false, issues: [deep] };
  const text = (known & KNOWN_NFC) !== 0 ? value : normalizeText(value);
  if (isSimpleRecord(text))
    return { success: true, data: text === value && (known & KNOWN_OWNED) === 0 ? { ...text } : text, warnings: [] };
  // reportInput: an absent property is reported as missing, not as of the wrong type.
  const parsed = EvidenceRecordSchema.safeParse(text, { reportInput: true });
  if (!parsed.success) return { success: false, issues: fromZodIssues(parsed.error.issues, 'invalid_record') };
  return { success: true, data: parsed.data, warnings: [] };
}

/** Fields under `data` every form may carry without declaring them: the person's birth date or year. */
const PERSON_FIELDS = /* @__PURE__ */ new Set(['birthDate', 'birthYear']);

/**
 * Checks what a shape-checked record holds under `data` against a framework's declared evidence:
 * the second half of {@link validateEvidenceRecord}, for callers that needed the record's shape
 * first (to choose the framework by its group, period or `framework` field).
 *
 * @param record - a record that passed the shape check (NFC-normalised)
 * @param evidence - the framework's declared evidence fields
 * @param types - plugin evidence types
 * @returns the record (plugin-typed fields parsed) and warnings, or the issues
 * @internal
 */
export function _checkDeclaredEvidence(
  record: EvidenceRecord,
  evidence: Readonly<Record<string, EvidenceField>>,
  types?: EvidenceTypes,
): EvidenceValidation {
  const parsed = types && hasOwnKeys(types) ? parsePluginFields(record, evidence, types) : record;
  const found: Issue[] = [];
  const data = parsed.data;
  for (const name in data) {
    if (!Object.hasOwn(data, name)) continue;
    const item = data[name];
    const declared = Object.hasOwn(evidence, name) ? evidence[name] : undefined;
    if (declared) {
      if (!_fitsEvidence(item, declared)) found.push(...checkEvidenceValue(item, declared, ['data', name], types));
    }
    // The birth date or year is read for lists (the annex's năm sinh), not scored: known, unless unreadable.
    else if (!(PERSON_FIELDS.has(name) && birthYearOf({ [name]: item }) !== undefined))
      found.push(_unknownField(['data', name]));
  }
  for (const name in evidence) {
    const declared = Object.hasOwn(evidence, name) ? evidence[name] : undefined;
    if (declared?.required && !Object.hasOwn(data, name)) found.push(_missingField(['data', name], declared));
  }
  if (found.length === 0) return { success: true, data: parsed, warnings: found };
  if (found.some((i) => i.severity !== 'warning')) return { success: false, issues: found };
  return { success: true, data: parsed, warnings: found };
}

function hasOwnKeys(value: object): boolean {
  for (const key in value) if (Object.hasOwn(value, key)) return true;
  return false;
}

/** A copy of the record whose plugin-typed fields went through their type's `parse`. */
function parsePluginFields(
  record: EvidenceRecord,
  evidence: Readonly<Record<string, EvidenceField>>,
  types: EvidenceTypes,
): EvidenceRecord {
  let data: Record<string, unknown> | undefined;
  for (const [name, field] of Object.entries(evidence)) {
    const type = Object.hasOwn(types, field.type) ? types[field.type] : undefined;
    if (!type?.parse || !Object.hasOwn(record.data, name)) continue;
    const parsed = type.parse(record.data[name]);
    data ??= { ...record.data };
    Object.defineProperty(data, name, {
      value: parsed === undefined ? record.data[name] : parsed,
      enumerable: true,
      writable: true,
      configurable: true,
    });
  }
  return data ? { ...record, data } : record;
}

/** Text that may need NFC normalisation: ASCII never does, and most evidence is ASCII. */
const NON_ASCII = /[\u0080-\uffff]/;

/**
 * Normalises every string (keys too) to NFC, so "Đắk" typed on any keyboard compares equal.
 * Copies only what changes: a record already in NFC (the common case) comes back as it is.
 */
function normalizeText(value: unknown): unknown {
  if (typeof value === 'string') return NON_ASCII.test(value) ? value.normalize('NFC') : value;
  if (typeof value !== 'object' || value === null || value instanceof Date) return value;
  if (Array.isArray(value)) {
    let out: unknown[] | undefined;
    for (let i = 0; i < value.length; i++) {
      const item = normalizeText(value[i]);
      if (item !== value[i]) {
        out ??= value.slice();
        out[i] = item;
      }
    }
    return out ?? value;
  }
  let out: Record<string, unknown> | undefined;
  const keys = Object.keys(value);
  for (const key of keys) {
    const item = (value as Record<string, unknown>)[key];
    const normalItem = normalizeText(item);
    const normalKey = NON_ASCII.test(key) ? key.normalize('NFC') : key;
    if (normalItem !== item || normalKey !== key) {
      // fromEntries defines own properties, so a "__proto__" key from JSON stays data.
      out ??= Object.fromEntries(keys.map((k) => [k, (value as Record<string, unknown>)[k]]));
      if (normalKey !== key) delete out[key];
      Object.defineProperty(out, normalKey, {
        value: normalItem,
        enumerable: true,
        writable: true,
        configurable: true,
      });
    }
  }
  return out ?? value;
}
