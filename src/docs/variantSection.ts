/**
 * The variants by area of a framework: when each applies, what it changes, its source and how far
 * it is verified.
 *
 * @module
 */
import type { Locale } from '../format/common.js';
import type { Framework, TitleRequirements, Variant } from '../format/framework.js';
import type { DocBlock, DocRow } from './blocks.js';
import { docWords, formatNumber } from './docText.js';
import type { RuleTextOptions } from './ruleText.js';

const joinWith = (items: readonly string[], word: string): string =>
  items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} ${word} ${items[items.length - 1]}`;

/** `area của đơn vị là remote hoặc especially-difficult`. */
function conditionText(v: Variant, locale: Locale): string {
  const w = docWords(locale);
  const parts = Object.entries(v.unit).map(([name, values]) => w.unitIs(name, joinWith(values.map(String), w.or)));
  return joinWith(parts, w.and);
}

/** What a variant changes of a title's requirements: `tổng điểm từ 70 (thay vì 80)`. */
function changesText(c: TitleRequirements, before: TitleRequirements, locale: Locale): string {
  const w = docWords(locale);
  const n = (x: number): string => formatNumber(x, locale);
  const was = (x: number | undefined): string | undefined => (x === undefined ? undefined : n(x));
  const out: string[] = [];
  if (c.total !== undefined) out.push(w.changeTotal(n(c.total), was(before.total)));
  if (c.totalShare !== undefined) out.push(w.changeTotalShare(n(c.totalShare * 100)));
  if (c.eachIndicator !== undefined) out.push(w.changeEachIndicator(n(c.eachIndicator), was(before.eachIndicator)));
  if (c.eachCriterion !== undefined) out.push(w.changeEachCriterion(n(c.eachCriterion), was(before.eachCriterion)));
  for (const [id, v] of Object.entries(c.criteria ?? {})) out.push(w.changeCriterion(id, n(v)));
  for (const [id, v] of Object.entries(c.indicators ?? {})) out.push(w.changeIndicator(id, n(v)));
  if (c.required !== undefined) out.push(w.changeRequired(c.required.join(', ')));
  return out.join('; ');
}

/**
 * The variants section (empty when the framework has none).
 *
 * @param framework - the framework
 * @param rules - the language
 * @returns the blocks
 * @internal
 */
export function variantBlocks(framework: Framework, rules: Pick<RuleTextOptions, 'locale'>): DocBlock[] {
  if (framework.variants.length === 0) return [];
  const { locale } = rules;
  const w = docWords(locale);
  const blocks: DocBlock[] = [
    { kind: 'heading', level: 2, text: w.variantsHeading, anchor: 'variants' },
    { kind: 'paragraph', text: w.variantsIntro },
  ];
  for (const v of framework.variants) {
    blocks.push({
      kind: 'heading',
      level: 3,
      text: [v.label[locale], ' (', { code: v.id }, ')'],
      anchor: `variant-${v.id}`,
    });
    if (v.description) blocks.push({ kind: 'paragraph', text: v.description[locale] });
    const rows: DocRow[] = [
      { cells: [w.variantStatus, v.enabled === false ? w.variantOff : w.variantOn] },
      { cells: [w.variantWhen, conditionText(v, locale)] },
    ];
    for (const [id, patch] of Object.entries(v.titles)) {
      const title = framework.titles.find((t) => t.id === id);
      rows.push({
        cells: [
          w.variantChanges(title ? title.label[locale] : id),
          changesText(patch, title?.requirements ?? {}, locale),
        ],
      });
    }
    if (v.source) {
      const s = v.source;
      const text = [s.document, s.issuer, s.title?.[locale]].filter((x): x is string => x !== undefined).join(', ');
      rows.push({ cells: [w.variantSource, s.url ? [text, ' — ', { code: s.url }] : text] });
    }
    rows.push({ cells: [w.status, w.statuses[v.verification.status]] });
    blocks.push({ kind: 'table', head: [w.item, w.content], rows });
    const notes = v.verification.notes ?? [];
    if (notes.length > 0) blocks.push({ kind: 'list', items: notes.map((n) => n[locale]) });
  }
  return blocks;
}
