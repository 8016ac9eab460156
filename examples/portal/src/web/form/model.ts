import type { EvidenceField, Framework, Proof, Title } from 'cdht';

/** A declared evidence field to ask for. */
export interface FieldModel {
  readonly name: string;
  readonly field: EvidenceField;
}

/** An indicator as the form shows it: its text, points, the evidence it reads and its proofs. */
export interface IndicatorModel {
  readonly id: string;
  readonly label: { vi: string; en: string };
  readonly description?: { vi: string; en: string } | undefined;
  readonly points: number;
  readonly fields: readonly FieldModel[];
  readonly proofs: readonly Proof[];
}

/** A criterion and its indicators. */
export interface SectionModel {
  readonly id: string;
  readonly label: { vi: string; en: string };
  readonly description?: { vi: string; en: string } | undefined;
  readonly indicators: readonly IndicatorModel[];
}

/** A whole form, generated from a framework. */
export interface FormModel {
  readonly framework: Framework;
  readonly sections: readonly SectionModel[];
  /** Declared evidence no indicator reads directly (derived values use it, e.g. a birth date). */
  readonly other: readonly FieldModel[];
  readonly titles: readonly Title[];
  /** The highest total: the sum of the indicators' points. */
  readonly max: number;
}

/**
 * Builds the self-assessment form of a framework from what it declares — criteria, indicators,
 * the evidence each indicator reads, proof documents, and the other declared evidence. Nothing
 * here knows a particular framework, so a district framework that extends a form gets its page
 * without code.
 */
export function formModel(framework: Framework): FormModel {
  const asked = new Set<string>();
  const take = (names: readonly string[] | undefined): FieldModel[] =>
    (names ?? [])
      .filter((name) => Object.hasOwn(framework.evidence, name) && !asked.has(name))
      .map((name) => {
        asked.add(name);
        return { name, field: framework.evidence[name] as EvidenceField };
      });
  const sections = framework.criteria.map((c) => ({
    id: c.id,
    label: c.label,
    description: c.description,
    indicators: c.indicators.map((i) => ({
      id: i.id,
      label: i.label,
      description: i.description,
      points: i.points,
      fields: take(i.evidence),
      proofs: i.proof ?? [],
    })),
  }));
  const other = take(Object.keys(framework.evidence));
  const max = framework.criteria.reduce((sum, c) => sum + c.indicators.reduce((s, i) => s + i.points, 0), 0);
  return { framework, sections, other, titles: framework.titles, max };
}
