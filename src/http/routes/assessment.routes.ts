// The annual assessment: the ledger (office and leaders), a unit's statement (the unit itself,
// office and leaders), the scoring rules (every signed-in account) and the CSV for the office.
import { z } from 'zod';
import {
  getAssessmentRules,
  getLedger,
  getUnitStatement,
} from '../../services/assessment/ledger.usecases.ts';
import { assessmentCsv } from '../../exporter/assessment.csv.ts';
import {
  presentAssessmentRules,
  presentLedger,
  presentStatement,
} from '../presenters/assessment.presenter.ts';
import { actorOf } from '../request-context.ts';
import { routePlugin } from '../route.ts';
import * as contract from '../../contracts/assessment.schema.ts';
import { YearParamsSchema } from '../../contracts/plan.schema.ts';

export const assessmentRoutes = routePlugin(['assessment'], (route, { store, clock }) => {
  route.get(
    '/api/assessment/:year/ledger',
    {
      summary: 'Every line item with totals and ranking (office and leaders)',
      params: YearParamsSchema,
      response: { 200: contract.LedgerSchema },
    },
    async (request) =>
      presentLedger(await getLedger({ actor: actorOf(request), year: request.params.year, store, clock })),
  );

  route.get(
    '/api/assessment/:year/units/:unitId/statement',
    {
      summary: "A unit's score line by line (the unit itself, office and leaders)",
      params: contract.UnitParamsSchema,
      response: { 200: contract.StatementSchema },
    },
    async (request) => {
      const { year, unitId } = request.params;
      const found = await getUnitStatement({ actor: actorOf(request), year, unitId, store, clock });
      return presentStatement({
        year,
        rules: found.rules,
        statement: found.statement,
        unitName: found.unitName,
      });
    },
  );

  route.get(
    '/api/assessment/:year/rules',
    {
      summary: 'The scoring rules, published with the plan (every signed-in account)',
      params: YearParamsSchema,
      response: { 200: contract.AssessmentRulesSchema },
    },
    async (request) => {
      const { plan, rules } = await getAssessmentRules({
        actor: actorOf(request),
        year: request.params.year,
        store,
      });
      return presentAssessmentRules(plan.year, rules);
    },
  );

  route.get(
    '/api/assessment/:year/export.csv',
    {
      summary: 'The annual assessment as CSV (UTF-8 with BOM; office and leaders)',
      params: YearParamsSchema,
      response: { 200: z.string() },
    },
    async (request, reply) => {
      const view = await getLedger({ actor: actorOf(request), year: request.params.year, store, clock });
      const csv = assessmentCsv({
        ledger: view.ledger,
        rules: view.rules,
        unitName: (id) => view.unitNames.get(id) ?? `#${id}`,
      });
      const fileName = encodeURIComponent(`${view.plan.year}年度目标考核.csv`);
      return reply
        .header('content-type', 'text/csv; charset=utf-8')
        .header(
          'content-disposition',
          `attachment; filename="assessment-${view.plan.year}.csv"; filename*=UTF-8''${fileName}`,
        )
        .send(csv);
    },
  );
});
