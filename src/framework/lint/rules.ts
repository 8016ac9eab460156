import type { EvidenceField } from '../../format/framework.js';
import type { RuleNode, RuleTree } from '../../rules/tree/nodes.js';
import { visitRuleNodes } from '../../rules/tree/nodes.js';

/**
 * Whether a rule is a literal written out (a value or an array of values, no operation): its
 * result is visible in the file itself.
 *
 * @param node - the rule's root node
 * @returns true for literals and arrays of literals
 */
export function isLiteral(node: RuleNode): boolean {
  if (node.kind === 'literal') return true;
  return node.kind === 'array' && node.items.every(isLiteral);
}

/** The declared field a dotted path points at; `number` for the parts of an assessment. */
export function fieldAtPath(
  evidence: Readonly<Record<string, EvidenceField>>,
  path: string,
): EvidenceField | 'score' | undefined {
  const [head, ...rest] = path.split('.');
  let field: EvidenceField | undefined =
    head === undefined || !Object.hasOwn(evidence, head) ? undefined : evidence[head];
  for (const part of rest) {
    if (!field) return undefined;
    if (field.type === 'assessment') return part === 'self' || part === 'reviewed' ? 'score' : undefined;
    field = /^\d+$/.test(part)
      ? field.items
      : field.fields && Object.hasOwn(field.fields, part)
        ? field.fields[part]
        : undefined;
  }
  return field;
}

const COMPARISONS: ReadonlySet<string> = /* @__PURE__ */ new Set(['==', '===', '!=', '!==', '<', '<=', '>', '>=']);

/** What a literal compared with a field of a type should look like; undefined when it fits. */
function mismatch(field: EvidenceField | 'score', literal: unknown): string | undefined {
  const type = field === 'score' ? 'number' : field.type;
  const kind = literal === null ? 'null' : typeof literal;
  if (kind === 'null') return undefined;
  if (type === 'number' || type === 'integer') return kind === 'number' ? undefined : type;
  if (type === 'boolean') return kind === 'boolean' ? undefined : type;
  if (type === 'string') return kind === 'string' ? undefined : type;
  if (type === 'date')
    return kind === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(String(literal)) ? undefined : 'date (yyyy-MM-dd)';
  if (type === 'enum' && field !== 'score') {
    if (kind !== 'string') return 'enum';
    return field.values && !field.values.includes(String(literal)) ? `enum ${field.values.join('|')}` : undefined;
  }
  if (type === 'assessment' || type === 'object' || type === 'list') return type;
  return undefined;
}

/** A comparison that can never be what its author meant: a field against a literal of another type. */
export interface TypeMismatch {
  readonly path: string;
  readonly op: string;
  readonly literal: unknown;
  /** What the field holds, e.g. `boolean`, `enum có|không`. */
  readonly expected: string;
}

/**
 * Finds comparisons of a declared evidence field with a literal of the wrong type: a boolean
 * field with a number, an assessment (an object) with a number instead of its `self` score, an
 * enum with a value it does not allow, a date with something that is not `yyyy-MM-dd`. Only the
 * person's own fields count: inside `map`, `all`, … a `var` names a field of the list item.
 *
 * @param tree - the parsed rule
 * @param evidence - the framework's declared evidence
 * @returns the mismatches
 */
export function typeMismatches(tree: RuleTree, evidence: Readonly<Record<string, EvidenceField>>): TypeMismatch[] {
  const out: TypeMismatch[] = [];
  visitRuleNodes(tree, (node) => {
    if (node.kind !== 'standard' || !COMPARISONS.has(node.op)) return;
    const args = node.args;
    for (let i = 0; i < args.length; i++) {
      const a = args[i] as RuleNode;
      if (a.kind !== 'var' || a.scope !== 'top' || a.target.kind !== 'path') continue;
      const field = fieldAtPath(evidence, a.target.path);
      if (!field) continue;
      for (let j = 0; j < args.length; j++) {
        const other = args[j] as RuleNode;
        if (j === i || other.kind !== 'literal') continue;
        const expected = mismatch(field, other.value);
        if (expected !== undefined) out.push({ path: a.target.path, op: node.op, literal: other.value, expected });
      }
    }
  });
  return out;
}
