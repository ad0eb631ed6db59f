// A task in a period (every unit's standing, the filings you may see, who is missing) and the lead
// unit's view of its co-units' inputs.
import { cityDate } from '../../core/period/city-date.ts';
import {
  getTaskInputsForLead,
  getTaskPeriod,
  type TaskPeriodView,
} from '../../services/reports/task-period.usecases.ts';
import {
  presentOwing,
  presentPeriod,
  presentTaskPeriod,
  presentTaskRef,
} from '../presenters/reading.presenter.ts';
import { presentReport } from '../presenters/report.presenter.ts';
import { actorOf } from '../request-context.ts';
import { routePlugin } from '../route.ts';
import { LeadInputsSchema, TaskPeriodSchema } from '../../contracts/reading.schema.ts';
import { TaskPeriodParamsSchema } from '../../contracts/report.schema.ts';
import { NotModifiedSchema } from '../../contracts/common.schema.ts';
import { writtenAnswers } from '../written-answer.ts';

export const reportReadingRoutes = routePlugin(['reports'], (route, { store, clock, caches }) => {
  // Readers who see the same get the same view object while the task's filings hold still.
  const send = writtenAnswers<TaskPeriodView>();

  route.get(
    '/api/tasks/:taskId/periods/:key',
    {
      summary: 'A task in a period: its units, the filings you may see with their history, who is missing',
      params: TaskPeriodParamsSchema,
      response: { 200: TaskPeriodSchema, 304: NotModifiedSchema },
    },
    async (request, reply) => {
      const { taskId, key } = request.params;
      const view = await getTaskPeriod({
        actor: actorOf(request),
        taskId,
        period: key,
        store,
        clock,
        caches,
      });
      return send(request, reply, view, (answer) => presentTaskPeriod(answer, cityDate(clock())));
    },
  );

  route.get(
    '/api/tasks/:taskId/periods/:key/inputs',
    {
      summary: "The lead unit's view: its co-units' filed inputs and which are missing",
      params: TaskPeriodParamsSchema,
      response: { 200: LeadInputsSchema },
    },
    async (request) => {
      const { taskId, key } = request.params;
      const view = await getTaskInputsForLead({
        actor: actorOf(request),
        taskId,
        period: key,
        store,
        caches,
      });
      return {
        task: presentTaskRef(view.task),
        period: presentPeriod(view.period, cityDate(clock())),
        inputs: view.inputs.map(presentReport),
        missing: view.missing.map(presentOwing),
        suggestedProgress: view.suggestedProgress,
      };
    },
  );
});
