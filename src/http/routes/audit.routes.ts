// GET /api/audit: who changed what, filtered by entity, actor and time, newest first, paged.
import { CITY_UTC_OFFSET_MINUTES } from '../../core/period/city-date.ts';
import { findAuditEvents } from '../../services/audit/audit-log.usecases.ts';
import { presentAuditEvent } from '../presenters/audit.presenter.ts';
import { actorOf } from '../request-context.ts';
import { routePlugin } from '../route.ts';
import { AuditPageSchema, AuditQuerySchema } from '../../contracts/audit.schema.ts';

/** A bare date means its midnight in the city. */
function toInstant(value: string | undefined): Date | undefined {
  if (value === undefined) return undefined;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return new Date(value);
  return new Date(Date.parse(`${value}T00:00:00Z`) - CITY_UTC_OFFSET_MINUTES * 60_000);
}

export const auditRoutes = routePlugin(['audit'], (route, { store }) => {
  route.get(
    '/api/audit',
    {
      summary: 'The audit trail (admins and the supervision office)',
      query: AuditQuerySchema,
      response: { 200: AuditPageSchema },
    },
    async (request) => {
      const { page, pageSize, from, to, ...filter } = request.query;
      const found = await findAuditEvents({
        actor: actorOf(request),
        store,
        filter: { ...filter, from: toInstant(from), to: toInstant(to) },
        page,
        pageSize,
      });
      return { ...found, events: found.events.map(presentAuditEvent) };
    },
  );
});
