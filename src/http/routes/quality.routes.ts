// Quality flags: a quarter's list (office and leaders all, a unit its own), one filing with its
// evidence (the office, leaders and the filing unit), the office's dismissal with a reason, and a
// task's quarter-over-quarter comparison (office and leaders).
import { dismissQualityFlag } from '../../services/quality/quality-dismiss.usecases.ts';
import { findPeriodFlags, getReportFlags } from '../../services/quality/quality-flags.usecases.ts';
import { compareQuarters } from '../../services/quality/quarter-compare.usecases.ts';
import {
  presentComparison,
  presentPeriodFlags,
  presentReportFlags,
} from '../presenters/quality.presenter.ts';
import { actorOf } from '../request-context.ts';
import { routePlugin } from '../route.ts';
import * as contract from '../../contracts/quality.schema.ts';
import { ReportParamsSchema, TaskPeriodParamsSchema } from '../../contracts/report.schema.ts';

export const qualityRoutes = routePlugin(['quality'], (route, { store, clock, caches }) => {
  route.get(
    '/api/quality/flags',
    {
      summary: "A quarter's quality flags per filing (office and leaders: all; a unit: its own)",
      query: contract.PeriodFlagsQuerySchema,
      response: { 200: contract.PeriodFlagsSchema },
    },
    async (request) =>
      presentPeriodFlags(await findPeriodFlags({ actor: actorOf(request), ...request.query, store, caches })),
  );

  route.get(
    '/api/reports/:reportId/quality',
    {
      summary: "One filing's quality flags with their evidence (office, leaders, the filing unit)",
      params: ReportParamsSchema,
      response: { 200: contract.ReportFlagsSchema },
    },
    async (request) =>
      presentReportFlags(
        await getReportFlags({ actor: actorOf(request), reportId: request.params.reportId, store, caches }),
      ),
  );

  route.post(
    '/api/reports/:reportId/quality/:flag/dismiss',
    {
      summary: 'Dismiss a quality flag on the filing as it stands, with a reason (supervisor; audited)',
      params: contract.DismissParamsSchema,
      body: contract.DismissBodySchema,
      response: { 200: contract.ReportFlagsSchema },
    },
    async (request) =>
      presentReportFlags(
        await dismissQualityFlag({
          actor: actorOf(request),
          ...request.params,
          reason: request.body.reason,
          store,
          clock,
          caches,
        }),
      ),
  );

  route.get(
    '/api/tasks/:taskId/periods/:key/compare',
    {
      summary:
        "A task's filings this quarter next to the quarter before, changes marked (office and leaders)",
      params: TaskPeriodParamsSchema,
      response: { 200: contract.QuarterComparisonSchema },
    },
    async (request) =>
      presentComparison(
        await compareQuarters({
          actor: actorOf(request),
          taskId: request.params.taskId,
          period: request.params.key,
          store,
          caches,
        }),
      ),
  );
});
