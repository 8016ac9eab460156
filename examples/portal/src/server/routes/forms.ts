import type { FastifyPluginAsync } from 'fastify';
import type { RouteContext } from '../app.js';
import { requireRole } from '../auth/access.js';
import { lineageSources, offeredForms } from '../criteria.js';
import { HttpError } from '../errors.js';

const PERIOD = { type: 'string', pattern: '^[0-9]{4}$' } as const;

/** The forms on offer, and a form's framework files for the browser's own engine. */
export const formRoutes =
  (ctx: RouteContext): FastifyPluginAsync =>
  async (app) => {
    app.get(
      '/api/forms',
      { schema: { querystring: { type: 'object', required: ['period'], properties: { period: PERIOD } } } },
      async (req) => {
        requireRole(req.caller, 'citizen', 'officer', 'viewer', 'admin');
        const { period } = req.query as { period: string };
        return { period, forms: offeredForms(ctx.criteria.engine, period) };
      },
    );

    // Public data (the criteria are published documents): the browser loads these files into its
    // own engine and computes the live total; cacheable, since a version never changes.
    app.get('/api/frameworks/:id/:version', async (req, reply) => {
      const { id, version } = req.params as { id: string; version: string };
      const framework = ctx.criteria.engine.get(id, version);
      if (!framework || framework.version !== version) throw new HttpError('not_found');
      reply.header('cache-control', 'public, max-age=86400, immutable');
      return { id, version, sources: lineageSources(ctx.criteria, framework) };
    });
  };
