import type { EvidenceField } from '../../format/framework.js';

/** A json-logic operation: `{ op: args }`. */
function asOperation(rule: unknown): { op: string; args: unknown[] } | undefined {
  if (!rule || typeof rule !== 'object' || Array.isArray(rule)) return undefined;
  const keys = Object.keys(rule);
  if (keys.length !== 1) return undefined;
  const op = keys[0] as string;
  const raw = (rule as Record<string, unknown>)[op];
  return { op, args: Array.isArray(raw) ? raw : [raw] };
}

/**
 * Visits every operation of a rule, depth first.
 *
 * @param rule - a json-logic rule
 * @param visit - called with each operation's name and arguments
 */
export function eachOperation(rule: unknown, visit: (op: string, args: readonly unknown[]) => void, depth = 0): void {
  if (depth > 64) return;
  if (Array.isArray(rule)) {
    for (const item of rule) eachOperation(item, visit, depth + 1);
    return;
  }
  const node = asOperation(rule);
  if (!node) return;
  visit(node.op, node.args);
  for (const arg of node.args) eachOperation(arg, visit, depth + 1);
}

/**
 * The literal path of a `{ var: … }` operation, or undefined.
 *
 * @param rule - any rule node
 * @returns e.g. `tc1_1.self`
 */
export function varPath(rule: unknown): string | undefined {
  const node = asOperation(rule);
  if (node?.op !== 'var') return undefined;
  const path = Array.isArray(node.args[0]) ? (node.args[0] as unknown[])[0] : node.args[0];
  return typeof path === 'string' && path !== '' ? path : undefined;
}

/** Whether a rule is a literal (no operation anywhere). */
export function isLiteral(rule: unknown): boolean {
  if (Array.isArray(rule)) return rule.every(isLiteral);
  return asOperation(rule) === undefined && (rule === null || typeof rule !== 'object');
}

/** The declared field a dotted path points at; `number` for the parts of an assessment. */
export function fieldAtPath(
  evidence: Readonly<Record<string, EvidenceField>>,
  path: string,
): EvidenceField | 'score' | undefined {
  const [head, ...rest] = path.split('.');
  let field: EvidenceField | undefined = head === undefined ? undefined : evidence[head];
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

const COMPARISONS = new Set(['==', '===', '!=', '!==', '<', '<=', '>', '>=']);

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
 * enum with a value it does not allow, a date with something that is not `yyyy-MM-dd`.
 *
 * @param rule - the rule
 * @param evidence - the framework's declared evidence
 * @returns the mismatches
 */
export function typeMismatches(rule: unknown, evidence: Readonly<Record<string, EvidenceField>>): TypeMismatch[] {
  const out: TypeMismatch[] = [];
  eachOperation(rule, (op, args) => {
    if (!COMPARISONS.has(op)) return;
    for (let i = 0; i < args.length; i++) {
      const path = varPath(args[i]);
      if (path === undefined) continue;
      const field = fieldAtPath(evidence, path);
      if (!field) continue;
      for (let j = 0; j < args.length; j++) {
        const other = args[j];
        if (j === i || !isLiteral(other) || Array.isArray(other)) continue;
        const expected = mismatch(field, other);
        if (expected !== undefined) out.push({ path, op, literal: other, expected });
      }
    }
  });
  return out;
}
