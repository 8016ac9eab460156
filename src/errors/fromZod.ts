import type * as z from 'zod';
import { type Issue, type IssueOptions, issue, type JsonPath } from './issue.js';
import type { PatternForm, ShapeParams } from './params.js';
import { nearestKey, shapeKeys } from './zodKeys.js';

/** Options of {@link fromZodIssues}. */
export interface FromZodOptions extends IssueOptions {
  /** Put before every zod path: where the parsed value sits in a larger document. */
  readonly prefix?: JsonPath | undefined;
  /** The schema that was parsed: an unknown property then names the allowed one nearest in spelling. */
  readonly schema?: z.ZodType | undefined;
}

/**
 * The one way zod's issues become cdht issues, for every format: `schema_violation` for files
 * (frameworks, plans, population tables, case files) and `invalid_record` for evidence records.
 * Each issue has the JSON path of the offending value (a missing or unknown property is named in
 * the path) and what was expected as {@link ShapeParams}. A failed union reports the branch that
 * got furthest; repeated problems are reported once.
 *
 * @param issues - zod's issues (`result.error.issues`)
 * @param code - the cdht code to give them
 * @param options - path prefix, file and severity
 * @returns the issues, one per problem
 * @example fromZodIssues(EvidenceRecordSchema.safeParse({ period: '2025', data: {} }).error.issues, 'invalid_record')[0]?.params
 * // { kind: 'required', property: 'id' }
 * @internal
 */
export function fromZodIssues(
  issues: readonly z.core.$ZodIssue[],
  code: 'invalid_record' | 'schema_violation',
  options: FromZodOptions = {},
): Issue<'invalid_record' | 'schema_violation'>[] {
  const { prefix = [], schema, ...rest } = options;
  const out: Issue<'invalid_record' | 'schema_violation'>[] = [];
  const seen = new Set<string>();
  for (const located of issues.flatMap((x) => flatten(x, prefix))) {
    for (const [path, params] of shapes(located, schema, prefix.length)) {
      const made = issue(code, path, params, rest);
      const key = `${path.join('\u0000')}|${made.message.en}`;
      if (!seen.has(key)) {
        seen.add(key);
        out.push(made);
      }
    }
  }
  return out;
}

/** A zod issue at its full path; `expected` lists the types of a union whose every branch wanted another type. */
type Located = { readonly issue: z.core.$ZodIssue; readonly path: JsonPath; readonly expected?: string };

// Symbols never come from JSON; they are left out of paths.
const pathOf = (prefix: JsonPath, issue: z.core.$ZodIssue): JsonPath => [
  ...prefix,
  ...issue.path.filter((p): p is string | number => typeof p !== 'symbol'),
];

/** A failed union reports the branch that got furthest (deepest path, then fewest problems). */
function flatten(issue: z.core.$ZodIssue, prefix: JsonPath): Located[] {
  const path = pathOf(prefix, issue);
  if (issue.code === 'invalid_union' && issue.errors.length > 0) {
    const branches = issue.errors.map((branch) => branch.flatMap((i) => flatten(i, path)));
    const depth = (b: Located[]): number => Math.max(...b.map((l) => l.path.length));
    const types = branches.map((b) => (b.length === 1 && b[0]?.issue.code === 'invalid_type' ? b[0] : undefined));
    // Every branch wanted another type here: one problem naming them all.
    const [first] = types;
    if (first && types.every((t) => t !== undefined && t.path.length === path.length)) {
      const expected = types.map((t) => (t?.issue.code === 'invalid_type' ? t.issue.expected : '')).join(' | ');
      return [{ issue: first.issue, path, expected }];
    }
    return [...branches].sort((a, b) => depth(b) - depth(a) || a.length - b.length)[0] ?? [];
  }
  if ((issue.code === 'invalid_key' || issue.code === 'invalid_element') && issue.issues.length > 0) {
    const at = issue.code === 'invalid_element' ? [...path, issue.key as string | number] : path;
    return issue.issues.flatMap((i) => flatten(i, at));
  }
  return [{ issue, path }];
}

/** What one located zod issue says, as paths and parameters (an unknown-keys issue names each key). */
function shapes(
  { issue: i, path, expected }: Located,
  schema: z.ZodType | undefined,
  skip: number,
): (readonly [JsonPath, ShapeParams])[] {
  switch (i.code) {
    case 'invalid_type':
      // Parsed with `reportInput`, an absent property has input undefined: say it is missing.
      if (i.input === undefined && path.length > 0 && 'input' in i)
        return [[path, { kind: 'required', property: String(path[path.length - 1]) }]];
      return [[path, { kind: 'type', type: expected ?? i.expected }]];
    case 'unrecognized_keys': {
      const allowed = schema === undefined ? [] : shapeKeys(schema, path.slice(skip));
      return i.keys.map((k) => {
        const suggestion = nearestKey(k, allowed);
        return [
          [...path, k],
          suggestion === undefined
            ? { kind: 'unknown_property', property: k }
            : { kind: 'unknown_property', property: k, suggestion },
        ] as const;
      });
    }
    case 'invalid_format': {
      const pattern = i.format === 'regex' && i.pattern ? i.pattern.replace(/^\/(.*)\/[a-z]*$/, '$1') : i.format;
      const form = Object.hasOwn(FORMS, pattern) ? FORMS[pattern] : undefined;
      return [[path, form === undefined ? { kind: 'pattern', pattern } : { kind: 'pattern', pattern, form }]];
    }
    case 'invalid_value':
      return [[path, { kind: 'enum', values: i.values.map(String) }]];
    case 'too_small':
    case 'too_big': {
      const limit = Number(i.code === 'too_small' ? i.minimum : i.maximum);
      const least = i.code === 'too_small';
      if (i.origin === 'string') return [[path, { kind: least ? 'min_length' : 'max_length', limit }]];
      if (i.origin === 'array' || i.origin === 'set')
        return [[path, { kind: least ? 'min_items' : 'max_items', limit }]];
      const inclusive = i.inclusive !== false;
      const comparison = least ? (inclusive ? '>=' : '>') : inclusive ? '<=' : '<';
      return [[path, { kind: 'limit', comparison, limit }]];
    }
    default:
      return [[path, { kind: 'other', detail: i.message }]];
  }
}

/** The formats' own patterns by name, so messages can say what is expected in words. */
const FORMS: Readonly<Record<string, PatternForm>> = {
  '^(0|[1-9]\\d*)\\.(0|[1-9]\\d*)\\.(0|[1-9]\\d*)(-[0-9A-Za-z.-]+)?$': 'version',
  '^[a-z][a-z0-9]*(-[a-z0-9]+)*$': 'id',
  '^[a-z][A-Za-z0-9_]*$': 'name',
  '^[A-Za-z][A-Za-z0-9_]*(\\.[A-Za-z0-9_]+)*$': 'code',
  '^[a-z][a-z0-9]*(-[a-z0-9]+)*(@[^\\s]+)?$': 'extends',
  '^[a-z][a-z0-9-]*$': 'group',
  date: 'date',
};
