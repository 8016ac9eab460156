import type { FastifyPluginAsync } from 'fastify';
import { sql } from 'kysely';
import type { RouteContext } from '../app.js';
import { audit } from '../audit.js';
import { requireRole, scopeCondition } from '../auth/access.js';
import { hashPassword } from '../auth/passwords.js';
import type { Role } from '../db/types.js';
import { HttpError } from '../errors.js';

/** Accounts and the audit log (admins). */
export const adminRoutes =
  (ctx: RouteContext): FastifyPluginAsync =>
  async (app) => {
    app.get('/api/accounts', async (req) => {
      requireRole(req.caller, 'admin');
      const accounts = await ctx.db
        .selectFrom('accounts')
        .select(['id', 'username', 'role', 'display_name', 'scope', 'person_id', 'created_at'])
        .orderBy('id')
        .execute();
      return { accounts };
    });

    app.post(
      '/api/accounts',
      {
        schema: {
          body: {
            type: 'object',
            required: ['username', 'password', 'role', 'name'],
            additionalProperties: false,
            properties: {
              username: { type: 'string', pattern: '^[a-z0-9._-]{3,40}$' },
              password: { type: 'string', minLength: 12, maxLength: 200 },
              role: { enum: ['citizen', 'officer', 'viewer', 'admin'] },
              name: { type: 'string', minLength: 1, maxLength: 200 },
              scope: { type: 'array', maxItems: 6, items: { type: 'string', minLength: 1, maxLength: 200 } },
              person: { type: 'string', maxLength: 100 },
            },
          },
        },
      },
      async (req) => {
        const caller = requireRole(req.caller, 'admin');
        const b = req.body as {
          username: string;
          password: string;
          role: Role;
          name: string;
          scope?: string[];
          person?: string;
        };
        if ((b.role === 'citizen') !== (b.person !== undefined)) throw new HttpError('bad_request');
        if ((b.role === 'officer' || b.role === 'viewer') && (b.scope ?? []).length === 0)
          throw new HttpError('bad_request');
        const password_hash = await hashPassword(b.password);
        return ctx.db.transaction().execute(async (trx) => {
          if (b.person) {
            const p = await trx.selectFrom('people').select('id').where('id', '=', b.person).executeTakeFirst();
            if (!p) throw new HttpError('not_found');
          }
          const row = await trx
            .insertInto('accounts')
            .values({
              username: b.username,
              password_hash,
              role: b.role,
              display_name: b.name.normalize('NFC'),
              scope: (b.scope ?? []).map((s) => s.normalize('NFC')),
              person_id: b.person ?? null,
            })
            .onConflict((oc) => oc.column('username').doNothing())
            .returning(['id', 'username', 'role', 'scope'])
            .executeTakeFirst();
          if (!row) throw new HttpError('conflict');
          await audit(trx, caller, { action: 'account.create', entity: 'account', entityId: row.id, after: row });
          return row;
        });
      },
    );

    // The audit log, newest first: everything for admins; officers see entries about dossiers of
    // their unit.
    app.get(
      '/api/audit',
      {
        schema: {
          querystring: {
            type: 'object',
            properties: {
              entity: { type: 'string', maxLength: 40 },
              entityId: { type: 'string', maxLength: 100 },
              limit: { type: 'integer', minimum: 1, maximum: 1000, default: 200 },
            },
          },
        },
      },
      async (req) => {
        const caller = requireRole(req.caller, 'admin', 'officer');
        const q = req.query as { entity?: string; entityId?: string; limit: number };
        let query = ctx.db.selectFrom('audit_log as a').selectAll('a');
        if (caller.role === 'officer') {
          query = query
            .where('a.entity', '=', 'dossier')
            .where((eb) =>
              eb.exists(
                eb
                  .selectFrom('dossiers as d')
                  .select('d.id')
                  .where(sql<boolean>`d.id::text = a.entity_id`)
                  .where(scopeCondition('d.unit_path', caller.scope)),
              ),
            );
        }
        if (q.entity) query = query.where('a.entity', '=', q.entity);
        if (q.entityId) query = query.where('a.entity_id', '=', q.entityId);
        return { entries: await query.orderBy('a.id', 'desc').limit(q.limit).execute() };
      },
    );
  };
