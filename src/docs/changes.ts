/**
 * The structured changes between two versions of a framework, produced by `diffFrameworks`.
 *
 * @module
 */
import type { LocalizedText } from '../format/common.js';
import type { Framework, Source } from '../format/framework.js';
import type { VerificationStatus } from './docText.js';

/** A requirement of a title a change is about; `criteria` and `indicators` name a `target` id. */
export type RequirementName = 'total' | 'totalShare' | 'eachIndicator' | 'eachCriterion' | 'criteria' | 'indicators';

/** Aspects of an evidence field that may change. */
export type EvidenceAspect = 'label' | 'type' | 'unit' | 'required' | 'min' | 'max' | 'values' | 'fields' | 'items';

/**
 * One change between two versions of a framework. `before`/`after` are `undefined` when the
 * value was absent on that side.
 *
 * @category Docs
 */
export type FrameworkChange =
  | {
      readonly kind: 'framework_title_changed';
      readonly before: LocalizedText;
      readonly after: LocalizedText;
    }
  | {
      readonly kind: 'source_changed';
      readonly before: Source | undefined;
      readonly after: Source | undefined;
    }
  | {
      readonly kind: 'effective_changed';
      readonly before: Framework['effective'];
      readonly after: Framework['effective'];
    }
  | {
      readonly kind: 'verification_changed';
      readonly before: VerificationStatus;
      readonly after: VerificationStatus;
    }
  | {
      readonly kind: 'criterion_added' | 'criterion_removed';
      readonly id: string;
      readonly label: LocalizedText;
    }
  | {
      readonly kind: 'criterion_label_changed';
      readonly id: string;
      readonly before: LocalizedText;
      readonly after: LocalizedText;
    }
  | {
      readonly kind: 'criterion_min_changed';
      readonly id: string;
      readonly before: number | undefined;
      readonly after: number | undefined;
    }
  | {
      readonly kind: 'indicator_added';
      readonly id: string;
      readonly criterion: string;
      readonly label: LocalizedText;
      readonly points: number;
    }
  | { readonly kind: 'indicator_removed'; readonly id: string; readonly label: LocalizedText }
  | { readonly kind: 'indicator_moved'; readonly id: string; readonly before: string; readonly after: string }
  | {
      readonly kind: 'indicator_points_changed';
      readonly id: string;
      readonly before: number;
      readonly after: number;
    }
  | {
      readonly kind: 'indicator_min_changed';
      readonly id: string;
      readonly before: number | undefined;
      readonly after: number | undefined;
    }
  | {
      readonly kind: 'indicator_label_changed';
      readonly id: string;
      readonly before: LocalizedText;
      readonly after: LocalizedText;
    }
  | { readonly kind: 'indicator_description_changed'; readonly id: string }
  | {
      readonly kind: 'indicator_rule_changed';
      readonly id: string;
      readonly rule: 'award' | 'when';
      readonly before: unknown;
      readonly after: unknown;
      /** Points of the indicator in each version, to describe award rules. */
      readonly points: { readonly before: number; readonly after: number };
    }
  | { readonly kind: 'indicator_rubric_changed'; readonly id: string }
  | { readonly kind: 'indicator_verified_changed'; readonly id: string; readonly after: boolean }
  | {
      readonly kind: 'proof_added' | 'proof_removed';
      readonly indicator: string;
      readonly proof: string;
      readonly label: LocalizedText;
    }
  /** The framework's maximum (the sum of its indicators' points) moved. */
  | { readonly kind: 'maximum_changed'; readonly before: number; readonly after: number }
  /**
   * The least total a title accepts, as a share of the maximum, moved: the threshold itself, the
   * maximum, or both changed. `before`/`after` are `{ total, max }`; the share is lower (looser)
   * when `after.total / after.max < before.total / before.max`.
   */
  | {
      readonly kind: 'title_share_changed';
      readonly id: string;
      readonly label: LocalizedText;
      readonly before: { readonly total: number; readonly max: number };
      readonly after: { readonly total: number; readonly max: number };
    }
  /**
   * The maximum moved and a title's least total followed it in proportion (80/100 → 88/110, or a
   * `totalShare` threshold): the share, and so who earns the title, is unchanged.
   */
  | {
      readonly kind: 'title_share_kept';
      readonly id: string;
      readonly label: LocalizedText;
      readonly before: { readonly total: number; readonly max: number };
      readonly after: { readonly total: number; readonly max: number };
    }
  | { readonly kind: 'variant_added' | 'variant_removed'; readonly id: string; readonly label: LocalizedText }
  /** A variant by area changed: which units it selects, the requirements it sets, whether it is enabled. */
  | {
      readonly kind: 'variant_changed';
      readonly id: string;
      readonly label: LocalizedText;
      readonly aspects: readonly ('unit' | 'titles' | 'enabled' | 'label' | 'source' | 'verification')[];
    }
  | { readonly kind: 'title_added' | 'title_removed'; readonly id: string; readonly label: LocalizedText }
  | {
      readonly kind: 'title_label_changed';
      readonly id: string;
      readonly before: LocalizedText;
      readonly after: LocalizedText;
    }
  | {
      readonly kind: 'title_requirement_changed';
      readonly id: string;
      readonly label: LocalizedText;
      readonly requirement: RequirementName;
      readonly target?: string | undefined;
      readonly before: number | undefined;
      readonly after: number | undefined;
    }
  | {
      readonly kind: 'title_required_added' | 'title_required_removed';
      readonly id: string;
      readonly label: LocalizedText;
      readonly indicator: string;
    }
  | {
      readonly kind: 'title_rule_changed';
      readonly id: string;
      readonly label: LocalizedText;
      readonly before: unknown;
      readonly after: unknown;
    }
  | {
      readonly kind: 'evidence_added' | 'evidence_removed';
      readonly field: string;
      readonly label: LocalizedText;
    }
  | {
      readonly kind: 'evidence_changed';
      readonly field: string;
      readonly label: LocalizedText;
      readonly aspects: readonly EvidenceAspect[];
    }
  | {
      readonly kind: 'derived_added' | 'derived_removed';
      readonly name: string;
      readonly label: LocalizedText;
    }
  | {
      readonly kind: 'derived_rule_changed';
      readonly name: string;
      readonly label: LocalizedText;
      readonly before: unknown;
      readonly after: unknown;
    };
