// Login throttles (admin): who is being held back from signing in, and lifting a delay.
import {
  LiftedThrottleSchema,
  LiftThrottleBodySchema,
  ThrottlesSchema,
} from '../../contracts/login-throttle.schema.ts';
import { findThrottles, liftThrottle } from '../../services/accounts/throttles.usecases.ts';
import { presentThrottles } from '../presenters/login-throttle.presenter.ts';
import { actorOf } from '../request-context.ts';
import { routePlugin } from '../route.ts';

export const loginThrottleRoutes = routePlugin(['accounts'], (route, { store, clock, config }) => {
  const rule = config.throttle;

  route.get(
    '/api/login-throttles',
    {
      summary: 'Logins and addresses whose failed sign-ins are counted, those held back now first',
      response: { 200: ThrottlesSchema },
    },
    async (request) => presentThrottles(await findThrottles({ actor: actorOf(request), store, clock, rule })),
  );

  route.post(
    '/api/login-throttles/lift',
    {
      summary: "Stop counting a login's failed sign-ins (from every address) or an address's",
      body: LiftThrottleBodySchema,
      response: { 200: LiftedThrottleSchema },
    },
    async (request) => liftThrottle({ actor: actorOf(request), store, clock, rule, target: request.body }),
  );
});
