// "My updates": the tasks a unit owes filings for in a period.
import { cityDate } from '../../core/period/city-date.ts';
import { findWorklist, type Worklist } from '../../services/reports/worklist.usecases.ts';
import { presentPeriod, presentWorklistItem } from '../presenters/reading.presenter.ts';
import { actorOf } from '../request-context.ts';
import { routePlugin } from '../route.ts';
import { NotModifiedSchema } from '../../contracts/common.schema.ts';
import { WorklistQuerySchema, WorklistSchema } from '../../contracts/reading.schema.ts';
import { writtenAnswers } from '../written-answer.ts';

const presentWorklist = (list: Worklist, today: string) => ({
  period: presentPeriod(list.period, today),
  unit: list.unit,
  items: list.items.map(presentWorklistItem),
});

export const worklistRoutes = routePlugin(['reports'], (route, deps) => {
  const send = writtenAnswers<Worklist>();
  route.get(
    '/api/worklist',
    {
      summary: "Your unit's tasks in a period: role, state, due date, days left, lateness",
      query: WorklistQuerySchema,
      response: { 200: WorklistSchema, 304: NotModifiedSchema },
      // The unit's standings come with the session: worked out afresh, the worklist is one round trip.
      config: { readsStandings: true },
    },
    async (request, reply) => {
      const { period, unitId } = request.query;
      const list = await findWorklist({ actor: actorOf(request), period, unitId, ...deps });
      return send(request, reply, list, (answer) => presentWorklist(answer, cityDate(deps.clock())));
    },
  );
});
