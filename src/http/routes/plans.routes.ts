// Reading plans (open to everyone: the notice is public) and the admin's changes to a plan:
// period dates and moving a task's lead or co-responsible share to another unit.
import { cityDate } from '../../core/period/city-date.ts';
import { z } from 'zod';
import { setPeriodDates } from '../../services/plans/periods.usecases.ts';
import { findPlanTasks, getPlanTask } from '../../services/plans/plan-tasks.queries.ts';
import { findPlans, getPlan } from '../../services/plans/plans.queries.ts';
import { moveTaskAssignment } from '../../services/units/task-assignment.usecases.ts';
import {
  presentOverview,
  presentPeriod,
  presentPlan,
  presentPlanTask,
  presentTaskDetail,
} from '../presenters/plan.presenter.ts';
import { actorOf } from '../request-context.ts';
import { routePlugin } from '../route.ts';
import {
  AsOfQuerySchema,
  IsoDateSchema,
  MoveAssignmentBodySchema,
  PeriodDatesBodySchema,
  PeriodParamsSchema,
  PeriodSchema,
  PlanOverviewSchema,
  PlanSchema,
  PlanTaskSchema,
  TaskDetailSchema,
  TaskParamsSchema,
  TasksQuerySchema,
  YearParamsSchema,
} from '../../contracts/plan.schema.ts';

export const planRoutes = routePlugin(['plans'], (route, { store, clock }) => {
  route.get(
    '/api/plans',
    { response: { 200: z.strictObject({ plans: z.array(PlanSchema) }) } },
    async (request) => {
      const { plans } = await findPlans({ actor: actorOf(request), store });
      return { plans: plans.map(presentPlan) };
    },
  );

  route.get(
    '/api/plans/:year',
    { params: YearParamsSchema, response: { 200: PlanOverviewSchema } },
    async (request) =>
      presentOverview(
        await getPlan({ actor: actorOf(request), store, year: request.params.year }),
        cityDate(clock()),
      ),
  );

  route.get(
    '/api/plans/:year/tasks',
    {
      summary:
        "A plan's tasks with the units assigned on the as-of date (today within the plan's year by default)",
      params: YearParamsSchema,
      query: TasksQuerySchema,
      response: {
        200: z.strictObject({ asOf: IsoDateSchema, tasks: z.array(PlanTaskSchema) }),
      },
    },
    async (request) => {
      const found = await findPlanTasks({
        actor: actorOf(request),
        store,
        clock,
        year: request.params.year,
        ...request.query,
      });
      return { asOf: found.asOf, tasks: found.tasks.map(presentPlanTask) };
    },
  );

  route.get(
    '/api/plans/:year/tasks/:seq',
    { params: TaskParamsSchema, query: AsOfQuerySchema, response: { 200: TaskDetailSchema } },
    async (request) =>
      presentTaskDetail(
        await getPlanTask({ actor: actorOf(request), store, clock, ...request.params, ...request.query }),
      ),
  );

  route.put(
    '/api/plans/:year/periods/:key',
    {
      summary: "Set a period's opening and due dates (admin)",
      params: PeriodParamsSchema,
      body: PeriodDatesBodySchema,
      response: { 200: z.strictObject({ period: PeriodSchema }) },
    },
    async (request) => {
      const { period } = await setPeriodDates({
        actor: actorOf(request),
        store,
        clock,
        ...request.params,
        ...request.body,
      });
      return { period: presentPeriod(period, cityDate(clock())) };
    },
  );

  route.post(
    '/api/plans/:year/tasks/:seq/assignments/move',
    {
      summary: "Move a task's lead (or a co-responsible share) to another unit from a date (admin)",
      params: TaskParamsSchema,
      body: MoveAssignmentBodySchema,
      response: { 200: TaskDetailSchema },
    },
    async (request) => {
      const actor = actorOf(request);
      const { task } = await getPlanTask({ actor, store, clock, ...request.params });
      const moved = await moveTaskAssignment({ actor, store, clock, taskId: task.id, ...request.body });
      const asOf = moved.started.validFrom;
      return presentTaskDetail(await getPlanTask({ actor, store, clock, ...request.params, asOf }));
    },
  );
});
