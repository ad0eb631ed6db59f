// Closing a quarter (supervisor) and reading what it looked like then, and what changed since
// the quarter before (office and leaders).
import { findBurden } from '../../services/supervision/burden.usecases.ts';
import {
  closePeriod,
  getSnapshot,
  getSnapshotDiff,
} from '../../services/assessment/period-close.usecases.ts';
import { actorOf } from '../request-context.ts';
import { routePlugin } from '../route.ts';
import {
  BurdenQuerySchema,
  BurdenSchema,
  ClosedPeriodSchema,
  PeriodCloseParamsSchema,
  SnapshotDiffSchema,
  SnapshotSchema,
} from '../../contracts/assessment.schema.ts';

export const periodCloseRoutes = routePlugin(['supervision'], (route, { store, clock, caches }) => {
  route.post(
    '/api/periods/:year/:key/close',
    {
      summary:
        'Close the quarter: its filings freeze and a snapshot of lights, cards and scores is kept (supervisor)',
      params: PeriodCloseParamsSchema,
      response: { 200: ClosedPeriodSchema },
    },
    async (request) => {
      const { period, snapshot } = await closePeriod({
        actor: actorOf(request),
        ...request.params,
        store,
        clock,
        caches,
      });
      return { period: { key: period.key, state: period.state }, snapshot: snapshot.data };
    },
  );

  route.get(
    '/api/periods/:year/:key/snapshot',
    {
      summary: 'The closed quarter as it stood (office and leaders)',
      params: PeriodCloseParamsSchema,
      response: { 200: SnapshotSchema },
    },
    async (request) =>
      (await getSnapshot({ actor: actorOf(request), ...request.params, store })).snapshot.data,
  );

  route.get(
    '/api/periods/:year/:key/diff',
    {
      summary: "Against the previous quarter's snapshot: lights changed, new cards, score deltas",
      params: PeriodCloseParamsSchema,
      response: { 200: SnapshotDiffSchema },
    },
    async (request) => (await getSnapshotDiff({ actor: actorOf(request), ...request.params, store })).diff,
  );

  route.get(
    '/api/burden',
    {
      summary:
        'Burden meter: filings and fields asked of each unit per quarter (office and leaders: all; a unit: its own)',
      query: BurdenQuerySchema,
      response: { 200: BurdenSchema },
    },
    async (request) => {
      const view = await findBurden({ actor: actorOf(request), ...request.query, store, caches });
      return { ...view, formFields: [...view.formFields], screenshotsRequired: 0 as const };
    },
  );
});
