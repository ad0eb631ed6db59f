// The office's task × unit matrix for a period.
import { cityDate } from '../../core/period/city-date.ts';
import { getMatrix, type MatrixView } from '../../services/reports/matrix.usecases.ts';
import { presentMatrix } from '../presenters/reading.presenter.ts';
import { actorOf } from '../request-context.ts';
import { routePlugin } from '../route.ts';
import { NotModifiedSchema } from '../../contracts/common.schema.ts';
import { MatrixSchema, PeriodQuerySchema } from '../../contracts/reading.schema.ts';
import { writtenAnswers } from '../written-answer.ts';

export const matrixRoutes = routePlugin(['reports'], (route, deps) => {
  const send = writtenAnswers<MatrixView>();
  route.get(
    '/api/matrix',
    {
      summary:
        'Every task × unit: state and lateness, with counts per unit and per section (office, leaders)',
      query: PeriodQuerySchema,
      response: { 200: MatrixSchema, 304: NotModifiedSchema },
    },
    async (request, reply) => {
      const view = await getMatrix({ actor: actorOf(request), period: request.query.period, ...deps });
      return send(request, reply, view, (answer) => presentMatrix(answer, cityDate(deps.clock())));
    },
  );
});
