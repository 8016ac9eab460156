import type { z } from 'zod';
import type { Issue, JsonPath } from '../errors/issue.js';

/**
 * Turns zod issues into cdht issues with one code, keeping zod's path and message.
 *
 * @param issues - zod's issues
 * @param code - the cdht code, e.g. `plan_invalid`
 * @param file - the file, when known
 * @returns the issues
 * @internal
 */
export function fromZodIssues(issues: readonly z.core.$ZodIssue[], code: string, file?: string): Issue[] {
  return issues.map((i) => ({
    code,
    path: i.path.filter((p): p is string | number => typeof p !== 'symbol') as JsonPath,
    message: { vi: `Giá trị không hợp lệ: ${i.message}`, en: `Invalid value: ${i.message}` },
    ...(file === undefined ? {} : { file }),
  }));
}

/**
 * Builds an issue, with the file when known.
 *
 * @internal
 */
export function planIssue(code: string, path: JsonPath, vi: string, en: string, file?: string): Issue {
  return { code, path, message: { vi, en }, ...(file === undefined ? {} : { file }) };
}
