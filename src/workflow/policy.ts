import { fromZodIssues } from '../errors/fromZod.js';
import type { Issue } from '../errors/issue.js';
import { toolingIssue } from '../errors/toolingIssue.js';
import { type RecognitionPolicy, RecognitionPolicySchema } from '../format/workflow.js';
import { normalizeJson } from '../framework/normalize.js';
import type { LoadUnitsResult } from '../units/load.js';

/**
 * Validates a recognition policy (`schema/recognition-policy.schema.json`): its shape, that every
 * role a rule grants is declared, that every level a rule acts at is in a hierarchy, and that no
 * date range ends before it starts. Text is NFC-normalised first.
 *
 * @param json - the parsed file
 * @param options - file name, put on every issue
 * @returns the frozen policy, or every issue
 * @example const r = loadRecognitionPolicy(JSON.parse(text)); if (r.success) applyTransition(dossier, step, r.value);
 * @category Workflow
 */
export function loadRecognitionPolicy(
  json: unknown,
  options: { readonly file?: string } = {},
): LoadUnitsResult<RecognitionPolicy> {
  const value = normalizeJson(json);
  const parsed = RecognitionPolicySchema.safeParse(value, { reportInput: true });
  const file = options.file === undefined ? {} : { file: options.file };
  if (!parsed.success) {
    const [first, ...rest] = fromZodIssues(parsed.error.issues, 'schema_violation', file);
    return {
      success: false,
      issues: first
        ? [first, ...rest]
        : [toolingIssue('schema_violation', [], { kind: 'other', detail: 'invalid' }, file)],
    };
  }
  const policy = parsed.data;
  const issues: Issue[] = [];
  const levels = new Set(policy.hierarchies.flatMap((h) => h.levels));
  policy.rules.forEach((rule, i) => {
    const { from, until } = rule.inForce;
    if (from !== undefined && until !== undefined && until < from)
      issues.push(
        toolingIssue('invalid_date_range', ['rules', i, 'inForce'], { kind: 'rule', rule: rule.id, from, until }, file),
      );
    for (const step of ['submit', 'review', 'recognise'] as const) {
      rule[step].forEach((grant, g) => {
        if (!Object.hasOwn(policy.roles, grant.role))
          issues.push(
            toolingIssue(
              'unknown_reference',
              ['rules', i, step, g, 'role'],
              { kind: 'role', role: grant.role, rule: rule.id },
              file,
            ),
          );
        const at = grant.at ?? rule.at;
        if (!levels.has(at))
          issues.push(
            toolingIssue('unknown_level', ['rules', i, step, g], { kind: 'rule', rule: rule.id, level: at }, file),
          );
      });
    }
    if (!levels.has(rule.at))
      issues.push(
        toolingIssue('unknown_level', ['rules', i, 'at'], { kind: 'rule', rule: rule.id, level: rule.at }, file),
      );
  });
  const [first, ...rest] = issues;
  return first ? { success: false, issues: [first, ...rest] } : { success: true, value: Object.freeze(policy) };
}
