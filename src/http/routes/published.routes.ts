// The public progress table: accepted task reports under the notice's task numbers. No sign-in.
import type { FastifyPluginCallbackZod } from 'fastify-type-provider-zod';
import { findPublished } from '../../services/reports/published.usecases.ts';
import type { RouteDeps } from '../deps.ts';
import { presentPublishedEntry } from '../presenters/reading.presenter.ts';
import { actorOf } from '../request-context.ts';
import { errorResponses } from '../../contracts/common.schema.ts';
import { PeriodQuerySchema, PublishedSchema } from '../../contracts/reading.schema.ts';

export const publishedRoutes: FastifyPluginCallbackZod<RouteDeps> = (app, deps, done) => {
  app.get(
    '/api/published',
    {
      schema: {
        tags: ['public'],
        summary: "The quarter's accepted task reports, as the city publishes them (anyone)",
        querystring: PeriodQuerySchema,
        response: { 200: PublishedSchema, ...errorResponses },
      },
    },
    async (request) => {
      const { period, entries } = await findPublished({
        actor: actorOf(request),
        period: request.query.period,
        store: deps.store,
      });
      return {
        period: { key: period.key, dueOn: period.dueOn },
        entries: entries.map(presentPublishedEntry),
      };
    },
  );
  done();
};
