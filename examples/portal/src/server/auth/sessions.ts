import { createHash, randomBytes } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Account, Database } from '../db/types.js';

/** Name of the HTTP-only session cookie. */
export const SESSION_COOKIE = 'cdht_session';
/** Sessions last a working day. */
export const SESSION_HOURS = 8;

const digest = (token: string): string => createHash('sha256').update(token).digest('hex');

/** Opens a session and returns the token for the cookie; the database keeps only its hash. */
export async function openSession(db: Kysely<Database>, accountId: number, now = new Date()): Promise<string> {
  const token = randomBytes(32).toString('base64url');
  const expires = new Date(now.getTime() + SESSION_HOURS * 3_600_000);
  await db
    .insertInto('sessions')
    .values({ token_hash: digest(token), account_id: accountId, expires_at: expires })
    .execute();
  return token;
}

/** The account of a live session, or undefined. */
export async function sessionAccount(
  db: Kysely<Database>,
  token: string | undefined,
  now = new Date(),
): Promise<Account | undefined> {
  if (!token || token.length > 100) return undefined;
  return db
    .selectFrom('sessions')
    .innerJoin('accounts', 'accounts.id', 'sessions.account_id')
    .selectAll('accounts')
    .where('sessions.token_hash', '=', digest(token))
    .where('sessions.expires_at', '>', now)
    .executeTakeFirst();
}

/** Ends a session. */
export async function closeSession(db: Kysely<Database>, token: string | undefined): Promise<void> {
  if (token) await db.deleteFrom('sessions').where('token_hash', '=', digest(token)).execute();
}
