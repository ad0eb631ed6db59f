// The office's task × unit matrix for a period.
import type { FastifyPluginCallbackZod } from 'fastify-type-provider-zod';
import { getMatrix } from '../../services/reports/matrix.usecase.ts';
import type { RouteDeps } from '../deps.ts';
import { presentMatrix } from '../presenters/reading.presenter.ts';
import { actorOf } from '../request-context.ts';
import { errorResponses } from '../schemas/common.schema.ts';
import { MatrixSchema, PeriodQuerySchema } from '../schemas/reading.schema.ts';

export const matrixRoutes: FastifyPluginCallbackZod<RouteDeps> = (app, deps, done) => {
  app.get(
    '/api/matrix',
    {
      schema: {
        tags: ['reports'],
        summary:
          'Every task × unit: state and lateness, with counts per unit and per section (office, leaders)',
        querystring: PeriodQuerySchema,
        response: { 200: MatrixSchema, ...errorResponses },
      },
    },
    async (request) => {
      const view = await getMatrix({ actor: actorOf(request), period: request.query.period, ...deps });
      return presentMatrix(view);
    },
  );
  done();
};
