import type { Reason } from '../format/evaluation.js';
import type { TitleRequirements, Variant } from '../format/framework.js';
import { reasonMessage } from '../i18n/messages.js';

/** How a reason names a variant: its id, label, unit condition, and what it changes of a title from what. */
function ref(v: Variant, titleId: string, before: TitleRequirements) {
  return { variant: v.id, label: v.label, when: v.unit, changes: v.titles[titleId] ?? {}, before };
}

/** The variant's source as one line: document and issuer. */
function sourceLine(v: Variant): string | undefined {
  return v.source ? `${v.source.document}${v.source.issuer ? `, ${v.source.issuer}` : ''}` : undefined;
}

/** The reason a title decided with a variant carries. @internal */
export function variantApplied(v: Variant, titleId: string, before: TitleRequirements): Reason {
  const source = sourceLine(v);
  const params = {
    ...ref(v, titleId, before),
    ...(source === undefined ? {} : { source }),
    verification: v.verification.status,
  };
  return { code: 'variant_applied', ...params, message: reasonMessage('variant_applied', params) };
}

/** The reason a title carries when a variant that would change it does not apply. @internal */
export function variantNotApplied(v: Variant, titleId: string, before: TitleRequirements): Reason {
  const params = ref(v, titleId, before);
  return { code: 'variant_not_applied', ...params, message: reasonMessage('variant_not_applied', params) };
}

/** The reason of a title left undetermined because the unit's attributes are not known. @internal */
export function variantUnknown(variants: readonly Variant[], titleId: string, before: TitleRequirements): Reason {
  const params = { variants: variants.map((v) => ref(v, titleId, before)) };
  return { code: 'variant_unknown', ...params, message: reasonMessage('variant_unknown', params) };
}
