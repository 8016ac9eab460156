/**
 * The "changes from the previous version" section of a framework's documentation.
 *
 * @module
 */
import type { Framework } from '../format/framework.js';
import type { DocBlock } from './blocks.js';
import { describeChanges } from './describeChanges.js';
import { diffFrameworks } from './diff.js';
import { docWords } from './docText.js';
import { type RuleTextOptions, ruleLabels, titleRuleLabels } from './ruleText.js';

/**
 * The changes section: the previous version compared with, and one sentence per change; for a
 * first version, a statement that there is none (naming the parent of a child framework).
 *
 * @param framework - the framework
 * @param previous - the previous version of the same framework, if any
 * @param rules - language and operators for rule sentences
 * @returns the blocks
 * @internal
 */
export function changesBlocks(
  framework: Framework,
  previous: Framework | undefined,
  rules: RuleTextOptions,
): DocBlock[] {
  const { locale } = rules;
  const w = docWords(locale);
  const blocks: DocBlock[] = [{ kind: 'heading', level: 2, text: w.changesHeading, anchor: 'changes' }];
  if (previous === undefined) {
    const parent = framework.lineage[0];
    return [
      ...blocks,
      {
        kind: 'paragraph',
        text: parent === undefined ? w.firstVersion(framework.id) : w.firstVersionChild(framework.id, parent),
      },
    ];
  }
  const labels = {
    ...ruleLabels(previous),
    ...titleRuleLabels(previous),
    ...ruleLabels(framework),
    ...titleRuleLabels(framework),
  };
  const sentences = describeChanges(diffFrameworks(previous, framework), locale, {
    operators: rules.operators,
    labels,
  });
  blocks.push({ kind: 'paragraph', text: w.previousVersion(previous.id, previous.version) });
  blocks.push(sentences.length === 0 ? { kind: 'paragraph', text: w.noChanges } : { kind: 'list', items: sentences });
  return blocks;
}
