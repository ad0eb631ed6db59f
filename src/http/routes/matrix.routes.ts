// The office's task × unit matrix for a period.
import type { FastifyPluginCallbackZod } from 'fastify-type-provider-zod';
import { cityDate } from '../../core/period/city-date.ts';
import { getMatrix, type MatrixView } from '../../services/reports/matrix.usecases.ts';
import type { RouteDeps } from '../deps.ts';
import { presentMatrix } from '../presenters/reading.presenter.ts';
import { actorOf } from '../request-context.ts';
import { errorResponses, NotModifiedSchema } from '../../contracts/common.schema.ts';
import { MatrixSchema, PeriodQuerySchema } from '../../contracts/reading.schema.ts';
import { writtenAnswers } from '../written-answer.ts';

export const matrixRoutes: FastifyPluginCallbackZod<RouteDeps> = (app, deps, done) => {
  const send = writtenAnswers<MatrixView>();
  app.get(
    '/api/matrix',
    {
      schema: {
        tags: ['reports'],
        summary:
          'Every task × unit: state and lateness, with counts per unit and per section (office, leaders)',
        querystring: PeriodQuerySchema,
        response: { 200: MatrixSchema, 304: NotModifiedSchema, ...errorResponses },
      },
    },
    async (request, reply) => {
      const view = await getMatrix({ actor: actorOf(request), period: request.query.period, ...deps });
      return send(request, reply, view, (answer) => presentMatrix(answer, cityDate(deps.clock())));
    },
  );
  done();
};
