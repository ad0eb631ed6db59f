// Closing a quarter (supervisor) and reading what it looked like then, and what changed since
// the quarter before (office and leaders).
import type { FastifyPluginCallbackZod } from 'fastify-type-provider-zod';
import { findBurden } from '../../services/supervision/burden.usecases.ts';
import {
  closePeriod,
  getSnapshot,
  getSnapshotDiff,
} from '../../services/assessment/period-close.usecases.ts';
import type { RouteDeps } from '../deps.ts';
import { actorOf } from '../request-context.ts';
import {
  BurdenQuerySchema,
  BurdenSchema,
  ClosedPeriodSchema,
  PeriodCloseParamsSchema,
  SnapshotDiffSchema,
  SnapshotSchema,
} from '../../contracts/assessment.schema.ts';
import { errorResponses } from '../../contracts/common.schema.ts';

const tags = ['supervision'];

export const periodCloseRoutes: FastifyPluginCallbackZod<RouteDeps> = (app, deps, done) => {
  const { store, clock } = deps;

  app.post(
    '/api/periods/:year/:key/close',
    {
      schema: {
        tags,
        summary:
          'Close the quarter: its filings freeze and a snapshot of lights, cards and scores is kept (supervisor)',
        params: PeriodCloseParamsSchema,
        response: { 200: ClosedPeriodSchema, ...errorResponses },
      },
    },
    async (request) => {
      const { period, snapshot } = await closePeriod({
        actor: actorOf(request),
        ...request.params,
        store,
        clock,
      });
      return { period: { key: period.key, state: period.state }, snapshot: snapshot.data };
    },
  );

  app.get(
    '/api/periods/:year/:key/snapshot',
    {
      schema: {
        tags,
        summary: 'The closed quarter as it stood (office and leaders)',
        params: PeriodCloseParamsSchema,
        response: { 200: SnapshotSchema, ...errorResponses },
      },
    },
    async (request) =>
      (await getSnapshot({ actor: actorOf(request), ...request.params, store })).snapshot.data,
  );

  app.get(
    '/api/periods/:year/:key/diff',
    {
      schema: {
        tags,
        summary: "Against the previous quarter's snapshot: lights changed, new cards, score deltas",
        params: PeriodCloseParamsSchema,
        response: { 200: SnapshotDiffSchema, ...errorResponses },
      },
    },
    async (request) => (await getSnapshotDiff({ actor: actorOf(request), ...request.params, store })).diff,
  );

  app.get(
    '/api/burden',
    {
      schema: {
        tags,
        summary:
          'Burden meter: filings and fields asked of each unit per quarter (office and leaders: all; a unit: its own)',
        querystring: BurdenQuerySchema,
        response: { 200: BurdenSchema, ...errorResponses },
      },
    },
    async (request) => {
      const view = await findBurden({ actor: actorOf(request), ...request.query, store });
      return { ...view, formFields: [...view.formFields], screenshotsRequired: 0 as const };
    },
  );
  done();
};
