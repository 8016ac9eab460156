import fastifyCookie from '@fastify/cookie';
import fastifyCsrf from '@fastify/csrf-protection';
import fastifyHelmet from '@fastify/helmet';
import Fastify, { type FastifyError, type FastifyInstance } from 'fastify';
import type { Caller } from './auth/access.js';
import { SESSION_COOKIE, sessionAccount } from './auth/sessions.js';
import type { PortalCriteria } from './criteria.js';
import type { PortalDatabase } from './db/connect.js';
import type { StepContext } from './dossiers/workflow.js';
import { errorBody, HttpError } from './errors.js';
import { adminRoutes } from './routes/admin.js';
import { citizenRoutes } from './routes/citizen.js';
import { dossierRoutes } from './routes/dossiers.js';
import { formRoutes } from './routes/forms.js';
import { type Assets, pageRoutes } from './routes/pages.js';
import { reportRoutes } from './routes/reports.js';
import { sessionRoutes } from './routes/session.js';

declare module 'fastify' {
  interface FastifyRequest {
    /** The signed-in account, from the session cookie. */
    caller: Caller | undefined;
  }
}

/** What the app is built from. */
export interface AppOptions {
  readonly database: PortalDatabase;
  readonly criteria: PortalCriteria;
  /** Built browser assets (absent in API tests). */
  readonly assets?: Assets | undefined;
  readonly secureCookies?: boolean | undefined;
  readonly logger?: boolean | undefined;
  /**
   * The date workflow steps are recorded on and reports are made for, `yyyy-MM-dd` (default: today
   * in UTC). Pinned for the sample, whose units are those before 1/7/2025 (see the README).
   */
  readonly today?: string | undefined;
}

/** The Content-Security-Policy of every page: scripts and styles from this origin only. */
export const CSP_DIRECTIVES = {
  defaultSrc: ["'self'"],
  scriptSrc: ["'self'"],
  styleSrc: ["'self'"],
  imgSrc: ["'self'", 'data:'],
  connectSrc: ["'self'"],
  fontSrc: ["'self'"],
  objectSrc: ["'none'"],
  baseUri: ["'none'"],
  formAction: ["'self'"],
  frameAncestors: ["'none'"],
};

const UNSAFE = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/**
 * Builds the portal: security headers, sessions, CSRF, the API and the pages. Tests call it with
 * an in-memory PGlite and drive it with `app.inject`.
 */
export async function buildApp(options: AppOptions): Promise<FastifyInstance> {
  const app = Fastify({
    logger: options.logger ?? false,
    bodyLimit: 256 * 1024,
    trustProxy: false,
    // Unknown properties are errors, not silently dropped.
    ajv: { customOptions: { removeAdditional: false } },
  });
  const secure = options.secureCookies ?? false;
  await app.register(fastifyHelmet, {
    contentSecurityPolicy: { useDefaults: false, directives: CSP_DIRECTIVES },
    crossOriginEmbedderPolicy: false,
  });
  await app.register(fastifyCookie);
  await app.register(fastifyCsrf, {
    sessionPlugin: '@fastify/cookie',
    cookieKey: 'cdht_csrf',
    cookieOpts: { path: '/', httpOnly: true, sameSite: 'strict', secure, signed: false },
    getToken: (req) => req.headers['x-csrf-token'] as string | undefined,
  });
  app.decorateRequest('caller', undefined);

  const { db } = options.database;
  app.addHook('onRequest', async (req) => {
    req.caller = await sessionAccount(db, req.cookies[SESSION_COOKIE]);
  });
  // Every state-changing request carries the CSRF token (login and logout included).
  app.addHook('onRequest', (req, reply, done) => {
    if (UNSAFE.has(req.method)) app.csrfProtection(req, reply, done);
    else done();
  });

  app.setErrorHandler((error: FastifyError, req, reply) => {
    if (error instanceof HttpError) return reply.code(error.status).send(errorBody(error.code, error.details));
    if (error.code?.startsWith('FST_CSRF')) return reply.code(403).send(errorBody('csrf'));
    if (error.validation) {
      const details = error.validation.map((v) => ({ path: v.instancePath, message: v.message }));
      return reply.code(400).send(errorBody('bad_request', details));
    }
    if (error.statusCode !== undefined && error.statusCode >= 400 && error.statusCode < 500) {
      return reply.code(error.statusCode).send(errorBody('bad_request'));
    }
    // Anything else is ours: log it, show nothing of it.
    req.log.error(error);
    return reply.code(500).send(errorBody('internal'));
  });
  app.setNotFoundHandler((req, reply) => {
    if (req.headers.accept?.includes('text/html')) {
      return reply.code(404).type('text/html; charset=utf-8').send(notFoundPage);
    }
    return reply.code(404).send(errorBody('not_found'));
  });

  const pinned = options.today;
  const ctx: RouteContext = {
    db,
    criteria: options.criteria,
    secureCookies: secure,
    today: () => pinned ?? new Date().toISOString().slice(0, 10),
  };
  await app.register(sessionRoutes(ctx));
  await app.register(formRoutes(ctx));
  await app.register(citizenRoutes(ctx));
  await app.register(dossierRoutes(ctx));
  await app.register(adminRoutes(ctx));
  await app.register(reportRoutes(ctx));
  await app.register(pageRoutes(options.assets));
  return app;
}

/** What every route plugin is given. */
export interface RouteContext {
  readonly db: PortalDatabase['db'];
  readonly criteria: PortalCriteria;
  readonly secureCookies: boolean;
  /** The date of a step or a report, `yyyy-MM-dd`. */
  readonly today: () => string;
}

/** What a workflow step needs, from the route context. */
export const stepContext = (ctx: RouteContext): StepContext => ({
  workflow: ctx.criteria.workflow,
  engine: ctx.criteria.engine,
  today: ctx.today(),
});

const notFoundPage = `<!doctype html><html lang="vi"><meta charset="utf-8"><title>404</title>
<h1>Không tìm thấy trang / Page not found</h1><p><a href="/">Trang chủ / Home</a></p></html>`;
