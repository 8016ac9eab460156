import type * as z from 'zod';
import type { Issue, JsonPath } from '../errors/issue.js';

/** A check of a file's shape that reports {@link Issue}s. */
export type SchemaCheck = (value: unknown, file?: string) => Issue[];

/**
 * A shape check from a zod format: the same schema the JSON Schema documents are generated from,
 * so the loader and an editor validating with `schema/*.json` accept the same files (a test holds
 * them together). Checking with zod rather than a JSON Schema validator keeps ajv's ~130 KB and its
 * code generation (`new Function`, refused under a strict Content-Security-Policy) out of the core.
 *
 * @param schema - the zod format, e.g. `FrameworkFileSchema`
 * @returns the check: every problem as a `schema_violation`
 * @internal
 */
export function createSchemaCheck(schema: z.ZodType): SchemaCheck {
  return (value, file) => {
    const parsed = schema.safeParse(value, { reportInput: true });
    return parsed.success ? [] : schemaViolations(parsed.error.issues, file);
  };
}

/**
 * Turns zod's issues into `schema_violation` issues: the JSON path of the offending value (a
 * missing or unknown property is named in the path), and what was expected in Vietnamese and English.
 *
 * @param issues - zod's issues
 * @param file - file name for the issues
 * @returns the issues, one per problem
 * @internal
 */
export function schemaViolations(issues: readonly z.core.$ZodIssue[], file?: string): Issue[] {
  const out: Issue[] = [];
  const seen = new Set<string>();
  for (const i of issues.flatMap((x) => flatten(x, []))) {
    for (const issue of toIssues(i, file)) {
      const key = `${issue.path.join('\u0000')}|${issue.message.en}`;
      if (!seen.has(key)) {
        seen.add(key);
        out.push(issue);
      }
    }
  }
  return out;
}

/** A zod issue at its full path; `expected` lists the types of a union whose every branch wanted another type. */
type Located = { readonly issue: z.core.$ZodIssue; readonly path: JsonPath; readonly expected?: string };

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
    const best = [...branches].sort((a, b) => depth(b) - depth(a) || a.length - b.length)[0] ?? [];
    return best;
  }
  if ((issue.code === 'invalid_key' || issue.code === 'invalid_element') && issue.issues.length > 0) {
    const at = issue.code === 'invalid_element' ? [...path, issue.key as string | number] : path;
    return issue.issues.flatMap((i) => flatten(i, at));
  }
  return [{ issue, path }];
}

const violation = (path: JsonPath, vi: string, en: string, file: string | undefined): Issue => ({
  code: 'schema_violation',
  path,
  message: { vi, en },
  ...(file === undefined ? {} : { file }),
});

function toIssues({ issue: i, path, expected }: Located, file: string | undefined): Issue[] {
  switch (i.code) {
    case 'invalid_type': {
      if (i.input === undefined && path.length > 0) {
        const name = String(path[path.length - 1]);
        return [violation(path, `thiếu trường bắt buộc "${name}"`, `missing required property "${name}"`, file)];
      }
      const type = expected ?? i.expected;
      return [violation(path, `cần kiểu ${type}`, `expected ${type}`, file)];
    }
    case 'unrecognized_keys':
      return i.keys.map((k) =>
        violation([...path, k], `trường không được phép "${k}"`, `unknown property "${k}"`, file),
      );
    case 'invalid_format': {
      const form = i.format === 'regex' && i.pattern ? i.pattern.replace(/^\/(.*)\/[a-z]*$/, '$1') : i.format;
      return [violation(path, `không đúng định dạng (${form})`, `does not match the expected form (${form})`, file)];
    }
    case 'invalid_value': {
      const values = i.values.map(String).join(', ');
      return [violation(path, `phải là một trong: ${values}`, `expected one of: ${values}`, file)];
    }
    case 'too_small':
    case 'too_big': {
      const limit = String(i.code === 'too_small' ? i.minimum : i.maximum);
      if (i.origin === 'array' || i.origin === 'string' || i.origin === 'set') {
        const [vi, en] =
          i.code === 'too_small'
            ? [`cần ít nhất ${limit} phần tử`, `expected at least ${limit} items`]
            : [`chỉ được tối đa ${limit} phần tử`, `expected at most ${limit} items`];
        return [violation(path, vi, en, file)];
      }
      const inclusive = i.inclusive !== false;
      const comparison = i.code === 'too_small' ? (inclusive ? '>=' : '>') : inclusive ? '<=' : '<';
      return [violation(path, `phải ${comparison} ${limit}`, `must be ${comparison} ${limit}`, file)];
    }
    default:
      return [violation(path, `không hợp lệ: ${i.message}`, `invalid: ${i.message}`, file)];
  }
}
