/**
 * A framework's documentation as format-neutral blocks, assembled from its sections.
 *
 * @module
 */
import type { GroupDefinition, Locale } from '../format/common.js';
import type { Framework } from '../format/framework.js';
import { coreGroups } from '../format/groups.js';
import { domainOperators } from '../rules/operators/domain.js';
import type { OperatorTable } from '../rules/types.js';
import { assessmentSheetBlocks } from './assessmentSheet.js';
import type { DocBlock } from './blocks.js';
import { changesBlocks } from './changesSection.js';
import { collectiveBlocks, memberConditionLabels } from './collectiveSection.js';
import { criteriaTableBlocks, derivedBlocks, scoringBlocks } from './criteriaSection.js';
import { evidenceBlocks } from './evidenceSection.js';
import { overviewBlocks } from './overview.js';
import { type RuleTextOptions, ruleLabels } from './ruleText.js';
import { titleBlocks } from './titleSection.js';
import { variantBlocks } from './variantSection.js';

/**
 * Options of the framework documentation generators.
 *
 * @category Docs
 */
export interface FrameworkDocOptions {
  /** Language of the document. */
  readonly locale: Locale;
  /** Operators whose descriptions render rules (use `engine.operators`); the built-in ones by default. */
  readonly operators?: OperatorTable | undefined;
  /** Citizen groups, for group labels (use `engine.groups`); the built-in ones by default. */
  readonly groups?: Readonly<Record<string, GroupDefinition>> | undefined;
  /** The previous version of the same framework; without it the document says there is none. */
  readonly previous?: Framework | undefined;
}

/**
 * The blocks of a framework's documentation: overview and verification status, for a collective
 * its members, levels and recognition, criteria table,
 * scoring rules, derived values, titles, evidence and proof checklist, changes, and the
 * self-assessment sheet.
 *
 * @param framework - a resolved framework
 * @param options - language, operators, groups, previous version
 * @returns the blocks
 * @internal
 */
export function frameworkDocument(framework: Framework, options: FrameworkDocOptions): DocBlock[] {
  const { locale } = options;
  const rules: RuleTextOptions = {
    locale,
    operators: options.operators ?? domainOperators,
    labels: { ...ruleLabels(framework), ...memberConditionLabels(framework) },
  };
  return [
    ...overviewBlocks(framework, locale, options.groups ?? coreGroups),
    ...collectiveBlocks(framework, rules),
    ...criteriaTableBlocks(framework, locale),
    ...scoringBlocks(framework, rules),
    ...derivedBlocks(framework, rules),
    ...titleBlocks(framework, rules),
    ...variantBlocks(framework, rules),
    ...evidenceBlocks(framework, locale),
    ...changesBlocks(framework, options.previous, rules),
    ...assessmentSheetBlocks(framework, rules),
  ];
}
