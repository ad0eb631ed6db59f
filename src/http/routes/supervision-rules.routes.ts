// A plan's rules (published to every signed-in account, changed by the admin) and the lights
// they compute (the office and leaders: every unit; a unit's accounts: their own).
import { findLights } from '../../services/supervision/lights.usecases.ts';
import { getPlanRules, updatePlanRules } from '../../services/supervision/plan-rules.usecases.ts';
import { presentLight, presentRules } from '../presenters/supervision.presenter.ts';
import { actorOf } from '../request-context.ts';
import { routePlugin } from '../route.ts';
import { YearParamsSchema } from '../../contracts/plan.schema.ts';
import {
  LightsQuerySchema,
  LightsSchema,
  PlanRulesSchema,
  PlanRulesViewSchema,
} from '../../contracts/supervision.schema.ts';

export const supervisionRulesRoutes = routePlugin(['supervision'], (route, { store, clock, caches }) => {
  route.get(
    '/api/plans/:year/rules',
    {
      summary: "The plan's light, escalation, scoring and calendar rules (any signed-in account)",
      params: YearParamsSchema,
      response: { 200: PlanRulesViewSchema },
    },
    async (request) =>
      presentRules(await getPlanRules({ actor: actorOf(request), year: request.params.year, store })),
  );

  route.put(
    '/api/plans/:year/rules',
    {
      summary: "Replace the plan's rules (admin); every rule set is validated as a whole",
      params: YearParamsSchema,
      body: PlanRulesSchema,
      response: { 200: PlanRulesViewSchema },
    },
    async (request) =>
      presentRules(
        await updatePlanRules({
          actor: actorOf(request),
          year: request.params.year,
          rules: request.body,
          store,
          clock,
        }),
      ),
  );

  route.get(
    '/api/lights',
    {
      summary: 'Computed lights of a period with their reasons (office and leaders: all; a unit: its own)',
      query: LightsQuerySchema,
      response: { 200: LightsSchema },
    },
    async (request) => {
      const view = await findLights({ actor: actorOf(request), ...request.query, store, clock, caches });
      return { period: view.period.key, tally: view.tally, lights: view.lights.map(presentLight) };
    },
  );
});
