// GET /api/audit: who changed what, filtered by entity, actor and time, newest first, paged.
import type { FastifyPluginCallbackZod } from 'fastify-type-provider-zod';
import { CITY_UTC_OFFSET_MINUTES } from '../../core/period/city-date.ts';
import { findAuditEvents } from '../../services/audit/audit-log.usecases.ts';
import type { RouteDeps } from '../deps.ts';
import { presentAuditEvent } from '../presenters/audit.presenter.ts';
import { actorOf } from '../request-context.ts';
import { AuditPageSchema, AuditQuerySchema } from '../../contracts/audit.schema.ts';
import { errorResponses } from '../../contracts/common.schema.ts';

/** A bare date means its midnight in the city. */
function toInstant(value: string | undefined): Date | undefined {
  if (value === undefined) return undefined;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return new Date(value);
  return new Date(Date.parse(`${value}T00:00:00Z`) - CITY_UTC_OFFSET_MINUTES * 60_000);
}

export const auditRoutes: FastifyPluginCallbackZod<RouteDeps> = (app, deps, done) => {
  app.get(
    '/api/audit',
    {
      schema: {
        tags: ['audit'],
        summary: 'The audit trail (admins and the supervision office)',
        querystring: AuditQuerySchema,
        response: { 200: AuditPageSchema, ...errorResponses },
      },
    },
    async (request) => {
      const { page, pageSize, from, to, ...filter } = request.query;
      const found = await findAuditEvents({
        actor: actorOf(request),
        store: deps.store,
        filter: { ...filter, from: toInstant(from), to: toInstant(to) },
        page,
        pageSize,
      });
      return { ...found, events: found.events.map(presentAuditEvent) };
    },
  );
  done();
};
