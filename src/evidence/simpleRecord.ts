import type { EvidenceRecord } from '../format/evidence.js';

const PERIOD_YEAR = /^\d{4}$/;
const UNIT_LEVEL = /^[a-z][A-Za-z0-9_]*$/;
const RECORD_KEYS = /* @__PURE__ */ new Set(['id', 'name', 'group', 'framework', 'period', 'unit', 'data']);

function isPlain(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const proto = Object.getPrototypeOf(value) as unknown;
  return proto === Object.prototype || proto === null;
}

/**
 * A strictly narrower check than `EvidenceRecordSchema` for the common shape (year period, no
 * proofs), so most records skip zod; anything else goes through the schema for its issues.
 *
 * @internal
 */
export function isSimpleRecord(value: unknown): value is EvidenceRecord {
  if (!isPlain(value)) return false;
  for (const key in value) if (!RECORD_KEYS.has(key) || value[key] === undefined) return false;
  const { id, name, group, framework, period, unit, data } = value;
  if (typeof id !== 'string' || id === '' || typeof period !== 'string' || !PERIOD_YEAR.test(period)) return false;
  if ((name !== undefined && typeof name !== 'string') || (group !== undefined && typeof group !== 'string'))
    return false;
  if (framework !== undefined && typeof framework !== 'string') return false;
  if (!isPlain(data)) return false;
  if (unit !== undefined) {
    if (!isPlain(unit)) return false;
    for (const level in unit)
      if (!UNIT_LEVEL.test(level) || typeof unit[level] !== 'string' || unit[level] === '') return false;
  }
  return true;
}
