import type { EvidenceField, Framework } from '../../format/framework.js';

const IGNORED = new Set(['label', 'description']);

/** A field declaration without its words, to compare declarations of two frameworks. */
function shapeOf(field: EvidenceField): string {
  return JSON.stringify(field, (key, value: unknown) => (IGNORED.has(key) ? undefined : value));
}

/**
 * The evidence declarations that type CSV and XLSX cells when records of one file may go to
 * different frameworks: every field declared alike by all frameworks that declare it. A field
 * declared differently is left out (its cells are read by their appearance); each record is then
 * validated against the framework chosen for it.
 *
 * @param frameworks - the loaded frameworks
 * @returns the merged declarations (none required: required-ness belongs to one framework)
 * @internal
 */
export function _commonEvidence(frameworks: readonly Framework[]): Record<string, EvidenceField> {
  const out: Record<string, EvidenceField> = {};
  const conflict = new Set<string>();
  for (const f of frameworks) {
    for (const [name, field] of Object.entries(f.evidence)) {
      if (conflict.has(name)) continue;
      const before = Object.hasOwn(out, name) ? out[name] : undefined;
      // Configurable, so a field found declared differently later can be deleted (strict mode throws otherwise).
      if (before === undefined)
        Object.defineProperty(out, name, { value: field, enumerable: true, writable: true, configurable: true });
      else if (shapeOf(before) !== shapeOf(field)) {
        conflict.add(name);
        delete out[name];
      }
    }
  }
  return Object.fromEntries(Object.entries(out).map(([k, v]) => [k, { ...v, required: false }]));
}
