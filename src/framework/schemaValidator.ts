import type * as z from 'zod';
import { fromZodIssues } from '../errors/fromZod.js';
import type { Issue } from '../errors/issue.js';

/** A check of a file's shape that reports {@link Issue}s. */
export type SchemaCheck = (value: unknown, file?: string) => Issue[];

/**
 * A shape check from a zod format: the same schema the JSON Schema documents are generated from,
 * so the loader and an editor validating with `schema/*.json` accept the same files (a test holds
 * them together). Checking with zod rather than a JSON Schema validator keeps ajv's ~130 KB and its
 * code generation (`new Function`, refused under a strict Content-Security-Policy) out of the core.
 *
 * @param schema - the zod format, e.g. `FrameworkFileSchema`
 * @returns the check: every problem as a `schema_violation` (see `fromZodIssues`)
 * @internal
 */
export function createSchemaCheck(schema: z.ZodType): SchemaCheck {
  return (value, file) => {
    // reportInput: a property that is absent is reported as missing, not as of the wrong type.
    const parsed = schema.safeParse(value, { reportInput: true });
    return parsed.success ? [] : fromZodIssues(parsed.error.issues, 'schema_violation', { file, schema });
  };
}
