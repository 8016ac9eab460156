import type { FastifyPluginAsync, FastifyReply } from 'fastify';
import { type RouteContext, stepContext } from '../app.js';
import { audit } from '../audit.js';
import { requireRole } from '../auth/access.js';
import { scopedDossiers, scopedEvaluations } from '../reports/data.js';
import {
  progressFile,
  type ReportLang,
  type ReportOptions,
  recognitionFile,
  recognitionList,
  recognitionStatus,
  rollUp,
} from '../reports/render.js';
import { PERIOD } from './schemas.js';

const SUBMITTED = ['self-assessed', 'reviewed', 'recognised', 'refused', 'revoked'] as const;

const fileQuery = {
  type: 'object',
  required: ['period'],
  additionalProperties: false,
  properties: {
    period: PERIOD,
    format: { enum: ['html', 'xlsx'], default: 'html' },
    lang: { enum: ['vi', 'en'], default: 'vi' },
  },
} as const;

const TYPES = {
  html: 'text/html; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
} as const;

/** Sends a report as a download (never shown inside the portal's pages). */
const download = (reply: FastifyReply, name: string, format: 'html' | 'xlsx', body: string | Uint8Array) =>
  reply
    .type(TYPES[format])
    .header('content-disposition', `attachment; filename="${name}.${format}"`)
    .header('cache-control', 'no-store')
    .send(typeof body === 'string' ? body : Buffer.from(body));

/**
 * Reports from the library: the roll-up (counts per commune, no personal data) for officers and
 * viewers; the recognition list and the progress report of the officer's commune as HTML or XLSX
 * downloads. Every query is scoped by the caller's unit; each download of names is audited.
 */
export const reportRoutes =
  (ctx: RouteContext): FastifyPluginAsync =>
  async (app) => {
    const options = (lang: ReportLang): ReportOptions => ({ workflow: ctx.criteria.workflow, asOf: ctx.today(), lang });

    app.get(
      '/api/reports/rollup',
      {
        schema: {
          querystring: {
            type: 'object',
            required: ['period'],
            additionalProperties: false,
            properties: { period: PERIOD },
          },
        },
      },
      async (req) => {
        const caller = requireRole(req.caller, 'officer', 'viewer', 'admin');
        const { period } = req.query as { period: string };
        const o = options('vi');
        const dossiers = await scopedDossiers(ctx.db, stepContext(ctx), caller, period);
        return { period, asOf: o.asOf, scope: caller.scope, units: rollUp(recognitionStatus(dossiers, o)) };
      },
    );

    app.get('/api/reports/recognition', { schema: { querystring: fileQuery } }, async (req, reply) => {
      const caller = requireRole(req.caller, 'officer');
      const q = req.query as { period: string; format: 'html' | 'xlsx'; lang: ReportLang };
      const o = options(q.lang);
      const list = recognitionList(await scopedEvaluations(ctx.db, caller, q.period, ['recognised']), o);
      const body = await recognitionFile(list, Number(q.period), q.format, o);
      await audit(ctx.db, caller, {
        action: 'report.recognition',
        entity: 'report',
        entityId: `recognition-${q.period}`,
        after: { format: q.format, scope: caller.scope, persons: list.length },
      });
      return download(reply, `danh-sach-cong-nhan-${q.period}`, q.format, body);
    });

    app.get('/api/reports/progress', { schema: { querystring: fileQuery } }, async (req, reply) => {
      const caller = requireRole(req.caller, 'officer');
      const q = req.query as { period: string; format: 'html' | 'xlsx'; lang: ReportLang };
      const o = options(q.lang);
      const submitted = await scopedEvaluations(ctx.db, caller, q.period, SUBMITTED);
      const list = recognitionList(await scopedEvaluations(ctx.db, caller, q.period, ['recognised']), o);
      const body = await progressFile(submitted, list, q.format, o);
      await audit(ctx.db, caller, {
        action: 'report.progress',
        entity: 'report',
        entityId: `progress-${q.period}`,
        after: { format: q.format, scope: caller.scope, evaluations: submitted.length, persons: list.length },
      });
      return download(reply, `bao-cao-tien-do-${q.period}`, q.format, body);
    });
  };
