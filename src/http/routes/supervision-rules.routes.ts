// A plan's rules (published to every signed-in account, changed by the admin) and the lights
// they compute (the office and leaders: every unit; a unit's accounts: their own).
import { findLights } from '../../services/supervision/lights.usecases.ts';
import { getPlanRules, updatePlanRules } from '../../services/supervision/plan-rules.usecases.ts';
import { presentLight, presentRules } from '../presenters/supervision.presenter.ts';
import { actorOf } from '../request-context.ts';
import { routePlugin } from '../route.ts';
import { planRulesPartRoutes } from '../plan-rules-part.ts';
import {
  LightsQuerySchema,
  LightsSchema,
  PlanRulesSchema,
  PlanRulesViewSchema,
} from '../../contracts/supervision.schema.ts';

export const supervisionRulesRoutes = routePlugin(['supervision'], (route, { store, clock, caches }) => {
  planRulesPartRoutes(route, {
    url: '/api/plans/:year/rules',
    summaries: {
      read: "The plan's light, escalation, scoring and calendar rules (any signed-in account)",
      replace: "Replace the plan's rules (admin); every rule set is validated as a whole",
    },
    body: PlanRulesSchema,
    answer: PlanRulesViewSchema,
    read: async (input) => presentRules(await getPlanRules({ ...input, store })),
    replace: async ({ value, ...input }) =>
      presentRules(await updatePlanRules({ ...input, rules: value, store, clock })),
  });

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
