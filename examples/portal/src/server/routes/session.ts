import type { FastifyPluginAsync } from 'fastify';
import type { RouteContext } from '../app.js';
import { audit } from '../audit.js';
import { verifyPassword } from '../auth/passwords.js';
import { closeSession, openSession, SESSION_COOKIE, SESSION_HOURS } from '../auth/sessions.js';
import { HttpError } from '../errors.js';

// A hash to compare against when the user does not exist, so both answers take the same time.
const DUMMY_HASH = '$argon2id$v=19$m=19456,t=2,p=1$KqJL5aP0DptmACub03gWqQ$3Gg8XeBdd1LV1o/aR3UzaDxlEnsGwgzzDPrOe1ecp4k';

/** Sign-in, sign-out, and who am I (with a fresh CSRF token). */
export const sessionRoutes =
  (ctx: RouteContext): FastifyPluginAsync =>
  async (app) => {
    app.get('/api/session', async (req, reply) => {
      const c = req.caller;
      const account = c
        ? { username: c.username, role: c.role, name: c.display_name, scope: c.scope, person: c.person_id }
        : null;
      return reply.header('cache-control', 'no-store').send({ account, csrfToken: reply.generateCsrf() });
    });

    app.post(
      '/api/session',
      {
        schema: {
          body: {
            type: 'object',
            required: ['username', 'password'],
            additionalProperties: false,
            properties: { username: { type: 'string', maxLength: 100 }, password: { type: 'string', maxLength: 200 } },
          },
        },
      },
      async (req, reply) => {
        const { username, password } = req.body as { username: string; password: string };
        const account = await ctx.db
          .selectFrom('accounts')
          .selectAll()
          .where('username', '=', username.normalize('NFC'))
          .executeTakeFirst();
        const ok = await verifyPassword(account?.password_hash ?? DUMMY_HASH, password);
        if (!account || !ok) throw new HttpError('bad_credentials');
        const token = await openSession(ctx.db, account.id);
        await audit(ctx.db, account, { action: 'session.open', entity: 'account', entityId: account.id });
        reply.setCookie(SESSION_COOKIE, token, {
          path: '/',
          httpOnly: true,
          sameSite: 'strict',
          secure: ctx.secureCookies,
          maxAge: SESSION_HOURS * 3600,
        });
        return { username: account.username, role: account.role };
      },
    );

    app.delete('/api/session', async (req, reply) => {
      await closeSession(ctx.db, req.cookies[SESSION_COOKIE]);
      if (req.caller)
        await audit(ctx.db, req.caller, { action: 'session.close', entity: 'account', entityId: req.caller.id });
      reply.clearCookie(SESSION_COOKIE, { path: '/' });
      return { ok: true };
    });
  };
