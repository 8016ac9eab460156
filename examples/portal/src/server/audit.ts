import type { Kysely, Transaction } from 'kysely';
import type { Caller } from './auth/access.js';
import type { Database } from './db/types.js';

/** One audit entry: who, what, and the state before and after (JSON; null when none). */
export interface AuditEvent {
  readonly action: string;
  readonly entity: string;
  readonly entityId: string | number;
  readonly before?: unknown;
  readonly after?: unknown;
}

/**
 * Appends to the audit log, in the caller's transaction so the entry and the change it records
 * commit together or not at all. There is no function to change or remove an entry, and the
 * database refuses both.
 */
export async function audit(
  db: Kysely<Database> | Transaction<Database>,
  who: Pick<Caller, 'id' | 'username'> | undefined,
  event: AuditEvent,
): Promise<void> {
  await db
    .insertInto('audit_log')
    .values({
      actor_id: who?.id ?? null,
      actor: who?.username ?? 'system',
      action: event.action,
      entity: event.entity,
      entity_id: String(event.entityId),
      before: event.before === undefined ? null : JSON.stringify(event.before),
      after: event.after === undefined ? null : JSON.stringify(event.after),
    })
    .execute();
}
