import type { FastifyPluginAsync } from 'fastify';
import { type RouteContext, stepContext } from '../app.js';
import { requireRole } from '../auth/access.js';
import { dossierDetail, ownDossierId } from '../dossiers/read.js';
import type { DossierInput } from '../dossiers/record.js';
import { saveDraft } from '../dossiers/save.js';
import { submitDossier } from '../dossiers/submit.js';
import { HttpError } from '../errors.js';
import { dossierInput, PERIOD, periodBody } from './schemas.js';

/** A citizen's own dossier: read, save a draft, submit. */
export const citizenRoutes =
  (ctx: RouteContext): FastifyPluginAsync =>
  async (app) => {
    app.get(
      '/api/me/dossier',
      { schema: { querystring: { type: 'object', required: ['period'], properties: { period: PERIOD } } } },
      async (req) => {
        const caller = requireRole(req.caller, 'citizen');
        const id = await ownDossierId(ctx.db, caller, (req.query as { period: string }).period);
        return { dossier: id === null ? null : await dossierDetail(ctx.db, caller, id) };
      },
    );

    app.put('/api/me/dossier', { schema: { body: dossierInput } }, async (req) => {
      const caller = requireRole(req.caller, 'citizen');
      return saveDraft(ctx.db, caller, caller.person_id as string, req.body as DossierInput);
    });

    app.post('/api/me/dossier/submit', { schema: { body: periodBody } }, async (req) => {
      const caller = requireRole(req.caller, 'citizen');
      const id = await ownDossierId(ctx.db, caller, (req.body as { period: string }).period);
      if (id === null) throw new HttpError('not_found');
      return submitDossier(ctx.db, stepContext(ctx), caller, id);
    });
  };
