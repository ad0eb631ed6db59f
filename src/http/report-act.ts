// An act on one filing at POST /api/reports/:reportId/<path> (submit, sign off, accept, return,
// withdraw, send back, edit and sign off): the body says how, the answer is the filing as it now stands.
import type { z } from 'zod';
import type { Actor } from '../core/policy/policy.types.ts';
import { OneReportSchema, ReportParamsSchema } from '../contracts/report.schema.ts';
import type { ReportView } from '../services/reports/report-views.ts';
import { presentReport } from './presenters/report.presenter.ts';
import { actorOf } from './request-context.ts';
import type { Routes } from './route.ts';

export function reportActRoute<Body extends z.ZodType>(
  route: Routes,
  act: {
    path: string;
    summary: string;
    body: Body;
    run: (input: { actor: Actor; reportId: number; body: z.output<Body> }) => Promise<{ report: ReportView }>;
  },
): void {
  // The body schema is widened to z.ZodType, as fastify's types cannot follow a generic one; what
  // reaches the handler is what `act.body` let through.
  const body: z.ZodType = act.body;
  route.post(
    `/api/reports/:reportId/${act.path}`,
    { summary: act.summary, params: ReportParamsSchema, body, response: { 200: OneReportSchema } },
    async (request) => {
      const input = { actor: actorOf(request), reportId: request.params.reportId };
      const { report } = await act.run({ ...input, body: request.body as z.output<Body> });
      return { report: presentReport(report) };
    },
  );
}
