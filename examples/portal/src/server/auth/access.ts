import { sql } from 'kysely';
import type { Account, Role } from '../db/types.js';
import { HttpError } from '../errors.js';

/** The caller, as every route sees it. */
export type Caller = Pick<Account, 'id' | 'username' | 'role' | 'display_name' | 'scope' | 'person_id'>;

/** Refuses callers whose role is not listed. */
export function requireRole(caller: Caller | undefined, ...roles: Role[]): Caller {
  if (!caller) throw new HttpError('unauthenticated');
  if (!roles.includes(caller.role)) throw new HttpError('forbidden');
  return caller;
}

/** Whether a unit path lies under the caller's scope (a path prefix; the empty scope is everything). */
export const inScope = (scope: readonly string[], unitPath: readonly string[]): boolean =>
  scope.length <= unitPath.length && scope.every((name, i) => unitPath[i] === name);

/**
 * The SQL condition "this row's `unit_path` lies under the scope": the first n names equal the
 * scope's. Every officer and viewer query goes through it.
 */
export const scopeCondition = (column: string, scope: readonly string[]) =>
  scope.length === 0
    ? sql<boolean>`true`
    : sql<boolean>`${sql.ref(column)}[1:${scope.length}] = ${sql.val([...scope])}::text[]`;
