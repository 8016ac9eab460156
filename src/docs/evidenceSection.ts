/**
 * The evidence a framework asks for: the data fields to declare and the checklist of proof documents.
 *
 * @module
 */
import type { Locale } from '../format/common.js';
import type { EvidenceField, Framework } from '../format/framework.js';
import type { DocBlock, DocRow } from './blocks.js';
import { type DocWords, docWords, formatNumber } from './docText.js';

interface FieldRow {
  readonly path: string;
  readonly field: EvidenceField;
}

// Nested fields are listed under their parent, as `parent.child` and `list[].child`.
function flattenFields(fields: Readonly<Record<string, EvidenceField>>, prefix: string): FieldRow[] {
  return Object.entries(fields).flatMap(([name, field]): FieldRow[] => {
    const path = `${prefix}${name}`;
    const rows: FieldRow[] = [{ path, field }];
    if (field.fields) rows.push(...flattenFields(field.fields, `${path}.`));
    if (field.items?.fields) rows.push(...flattenFields(field.items.fields, `${path}[].`));
    return rows;
  });
}

function fieldValues(field: EvidenceField, locale: Locale): string {
  if (field.values) return field.values.join(', ');
  if (field.min !== undefined && field.max !== undefined)
    return `${formatNumber(field.min, locale)}–${formatNumber(field.max, locale)}`;
  if (field.min !== undefined) return `≥ ${formatNumber(field.min, locale)}`;
  if (field.max !== undefined) return `≤ ${formatNumber(field.max, locale)}`;
  return '—';
}

function fieldType(field: EvidenceField, w: DocWords): string {
  const own = Object.hasOwn(w.fieldTypes, field.type) ? w.fieldTypes[field.type] : undefined;
  return own ?? field.type;
}

/**
 * Which indicators read each evidence field, by field name.
 *
 * @param framework - the framework
 * @returns indicator ids by field name
 * @internal
 */
export function indicatorsByField(framework: Framework): Map<string, string[]> {
  const map = new Map<string, string[]>();
  for (const indicator of framework.criteria.flatMap((c) => c.indicators)) {
    for (const name of indicator.evidence ?? []) map.set(name, [...(map.get(name) ?? []), indicator.id]);
  }
  return map;
}

/**
 * The proof documents of a framework, each once, with the indicators it supports, in order of first use.
 *
 * @param framework - the framework
 * @returns proofs with their indicator ids
 * @internal
 */
export function proofChecklist(
  framework: Framework,
): { id: string; label: { vi: string; en: string }; indicators: string[] }[] {
  const byId = new Map<string, { id: string; label: { vi: string; en: string }; indicators: string[] }>();
  for (const indicator of framework.criteria.flatMap((c) => c.indicators)) {
    for (const proof of indicator.proof ?? []) {
      const entry = byId.get(proof.id) ?? { id: proof.id, label: proof.label, indicators: [] };
      if (!entry.indicators.includes(indicator.id)) entry.indicators.push(indicator.id);
      byId.set(proof.id, entry);
    }
  }
  return [...byId.values()];
}

/**
 * The evidence section: declared fields (type, unit, required, allowed values, indicators using
 * them) and the proof checklist.
 *
 * @param framework - the framework
 * @param locale - the language
 * @returns the blocks
 * @internal
 */
export function evidenceBlocks(framework: Framework, locale: Locale): DocBlock[] {
  const w = docWords(locale);
  const blocks: DocBlock[] = [
    { kind: 'heading', level: 2, text: w.evidenceHeading, anchor: 'evidence' },
    { kind: 'heading', level: 3, text: w.evidenceFields },
  ];
  const used = indicatorsByField(framework);
  const rows: DocRow[] = flattenFields(framework.evidence, '').map(({ path, field }) => ({
    cells: [
      [{ code: path }],
      field.description ? `${field.label[locale]} — ${field.description[locale]}` : field.label[locale],
      fieldType(field, w),
      field.unit ?? '—',
      field.required ? w.yes : w.no,
      fieldValues(field, locale),
      (used.get(path) ?? []).join(', ') || '—',
    ],
  }));
  if (rows.length === 0) blocks.push({ kind: 'paragraph', text: w.noEvidence });
  else
    blocks.push({
      kind: 'table',
      head: [w.field, w.content, w.type, w.unit, w.required, w.values, w.usedBy],
      rows,
    });
  blocks.push({ kind: 'heading', level: 3, text: w.proofChecklist });
  const proofs = proofChecklist(framework);
  if (proofs.length === 0) blocks.push({ kind: 'paragraph', text: w.noProof });
  else {
    blocks.push({
      kind: 'list',
      checklist: true,
      items: proofs.map((p) => `${p.label[locale]} (${w.forIndicators(p.indicators)})`),
    });
  }
  return blocks;
}
