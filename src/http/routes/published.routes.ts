// The public progress table: accepted task reports under the notice's task numbers. No sign-in.
import { findPublished } from '../../services/reports/published.usecases.ts';
import { presentPublishedEntry } from '../presenters/reading.presenter.ts';
import { actorOf } from '../request-context.ts';
import { routePlugin } from '../route.ts';
import { PeriodQuerySchema, PublishedSchema } from '../../contracts/reading.schema.ts';

export const publishedRoutes = routePlugin(['public'], (route, { store }) => {
  route.get(
    '/api/published',
    {
      summary: "The quarter's accepted task reports, as the city publishes them (anyone)",
      query: PeriodQuerySchema,
      response: { 200: PublishedSchema },
    },
    async (request) => {
      const { period, entries } = await findPublished({
        actor: actorOf(request),
        period: request.query.period,
        store,
      });
      return {
        period: { key: period.key, dueOn: period.dueOn },
        entries: entries.map(presentPublishedEntry),
      };
    },
  );
});
