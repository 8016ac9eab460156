import { randomUUID } from 'node:crypto';
import type { FastifyPluginAsync } from 'fastify';
import { type RouteContext, stepContext } from '../app.js';
import { audit } from '../audit.js';
import { inScope, requireRole } from '../auth/access.js';
import { dossierDetail, listDossiers } from '../dossiers/read.js';
import type { DossierInput } from '../dossiers/record.js';
import { reevaluateDossier } from '../dossiers/reevaluate.js';
import { saveDraftIn } from '../dossiers/save.js';
import { type StepInput, stepDossier } from '../dossiers/steps.js';
import { submitDossier } from '../dossiers/submit.js';
import { unitPath } from '../dossiers/units.js';
import { HttpError } from '../errors.js';
import { dossierInput, idParam, PERIOD, personInput } from './schemas.js';

/** Officers' dossiers: the list of their unit, one dossier, a paper form entered, submitted. */
export const dossierRoutes =
  (ctx: RouteContext): FastifyPluginAsync =>
  async (app) => {
    app.get(
      '/api/dossiers',
      {
        schema: {
          querystring: {
            type: 'object',
            properties: {
              period: PERIOD,
              state: { type: 'string', maxLength: 40 },
              limit: { type: 'integer', minimum: 1, maximum: 500, default: 100 },
              offset: { type: 'integer', minimum: 0, default: 0 },
            },
          },
        },
      },
      async (req) => {
        const caller = requireRole(req.caller, 'officer', 'admin');
        const q = req.query as { period?: string; state?: string; limit: number; offset: number };
        return { dossiers: await listDossiers(ctx.db, caller, q) };
      },
    );

    app.get('/api/dossiers/:id', { schema: { params: idParam } }, async (req) => {
      const caller = requireRole(req.caller, 'citizen', 'officer', 'admin');
      return dossierDetail(ctx.db, caller, (req.params as { id: number }).id);
    });

    // A paper form entered at the commune: the person (in the officer's unit) and their draft.
    app.post(
      '/api/dossiers',
      {
        schema: {
          body: {
            type: 'object',
            required: ['person', 'dossier'],
            additionalProperties: false,
            properties: { person: personInput, dossier: dossierInput },
          },
        },
      },
      async (req) => {
        const caller = requireRole(req.caller, 'officer');
        const body = req.body as {
          person: { id?: string; name: string; unit: Record<string, string> };
          dossier: DossierInput;
        };
        const unit = Object.fromEntries(Object.entries(body.person.unit).map(([k, v]) => [k, v.normalize('NFC')]));
        const path = unitPath(unit);
        if (!inScope(caller.scope, path) || path.length <= caller.scope.length) throw new HttpError('forbidden');
        const id = body.person.id ?? `P-${randomUUID()}`;
        const name = body.person.name.normalize('NFC');
        return ctx.db.transaction().execute(async (trx) => {
          const created = await trx
            .insertInto('people')
            .values({ id, name, unit: JSON.stringify(unit), unit_path: path, sample: false })
            .onConflict((oc) => oc.column('id').doNothing())
            .returning('id')
            .executeTakeFirst();
          if (!created) throw new HttpError('conflict', { person: id });
          await audit(trx, caller, { action: 'person.create', entity: 'person', entityId: id, after: { name, unit } });
          const saved = await saveDraftIn(trx, caller, id, body.dossier);
          return { person: id, ...saved };
        });
      },
    );

    // Explicit re-evaluation after a framework version changes (officers; reason required).
    app.post(
      '/api/dossiers/:id/reevaluate',
      {
        schema: {
          params: idParam,
          body: {
            type: 'object',
            required: ['reason'],
            additionalProperties: false,
            properties: { reason: { type: 'string', minLength: 3, maxLength: 1000, pattern: '\\S' } },
          },
        },
      },
      async (req) => {
        const caller = requireRole(req.caller, 'officer');
        const { reason } = req.body as { reason: string };
        return reevaluateDossier(ctx.db, ctx.criteria.engine, caller, (req.params as { id: number }).id, reason.trim());
      },
    );

    app.post('/api/dossiers/:id/submit', { schema: { params: idParam } }, async (req) => {
      const caller = requireRole(req.caller, 'citizen', 'officer');
      return submitDossier(ctx.db, stepContext(ctx), caller, (req.params as { id: number }).id);
    });

    // An officer's step in the recognition workflow (review with scores, recognise, refuse, return,
    // revoke), every rule checked by the library.
    app.post(
      '/api/dossiers/:id/steps',
      {
        schema: {
          params: idParam,
          body: {
            type: 'object',
            required: ['action'],
            additionalProperties: false,
            properties: {
              action: { enum: ['review', 'recognise', 'refuse', 'return', 'revoke'] },
              reason: { type: 'string', maxLength: 4000 },
              scores: {
                type: 'object',
                maxProperties: 200,
                propertyNames: { pattern: '^[A-Za-z_][A-Za-z0-9_]*$', maxLength: 100 },
                additionalProperties: { type: 'number', minimum: 0, maximum: 1000 },
              },
            },
          },
        },
      },
      async (req) => {
        const caller = requireRole(req.caller, 'officer');
        const body = req.body as StepInput;
        const reason = body.reason?.normalize('NFC');
        return stepDossier(ctx.db, stepContext(ctx), caller, (req.params as { id: number }).id, {
          ...body,
          ...(reason === undefined ? {} : { reason }),
        });
      },
    );
  };
