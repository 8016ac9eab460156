import { type Issue, issue } from '../errors/issue.js';
import type { Framework, FrameworkFile } from '../format/framework.js';

/** Parts of a file that change what is assessed: an alias may have none of them. */
const ASSESSED = [
  'evidence',
  'derived',
  'criteria',
  'titles',
  'variants',
  'overrides',
  'addIndicators',
  'remove',
] as const;

/**
 * Checks what a file says it is among the forms. An alias must extend the official form it names
 * and change nothing that is assessed, so evaluating with the alias and with the form give the
 * same scores and decisions (only the framework id differs).
 *
 * @param file - the schema-valid file
 * @param resolved - the framework resolved from it (its lineage names the parents)
 * @returns `invalid_alias` issues
 * @internal
 */
export function checkForm(file: FrameworkFile, resolved: Framework): Issue[] {
  const form = file.form;
  if (form?.kind !== 'alias') return [];
  const issues: Issue[] = [];
  if (!resolved.lineage.some((ref) => ref.slice(0, ref.lastIndexOf('@')) === form.of)) {
    issues.push(issue('invalid_alias', ['form', 'of'], { kind: 'must_extend', of: form.of }));
  }
  for (const key of ASSESSED) {
    if (file[key] !== undefined)
      issues.push(issue('invalid_alias', [key], { kind: 'changes_assessment', of: form.of, key }));
  }
  return issues;
}
