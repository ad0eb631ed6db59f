// Filing: save a co-unit's input or the lead's task report, read one, and move it through
// submit → sign-off → return/accept. Each answers with the report as the actor may see it.
import { getReport } from '../../services/reports/report-read.usecases.ts';
import { saveTaskReport, saveUnitInput } from '../../services/reports/save.usecases.ts';
import {
  acceptReport,
  returnReport,
  signOffReport,
  submitReport,
} from '../../services/reports/transitions.usecases.ts';
import { presentReport } from '../presenters/report.presenter.ts';
import { actorOf } from '../request-context.ts';
import { routePlugin } from '../route.ts';
import { reportActRoute } from '../report-act.ts';
import {
  NoteBodySchema,
  OneReportSchema,
  ReportParamsSchema,
  ReturnBodySchema,
  SaveReportBodySchema,
  TaskPeriodParamsSchema,
} from '../../contracts/report.schema.ts';

const SAVES = [
  {
    path: 'unit-input',
    save: saveUnitInput,
    summary: "Save the unit's input (co-responsible unit); the first save starts from last quarter's",
  },
  {
    path: 'task-report',
    save: saveTaskReport,
    summary: "Save the task report (lead unit); the first save starts from last quarter's",
  },
] as const;

const STEPS = [
  {
    path: 'submit',
    move: submitReport,
    summary: "Submit to the unit's approver (the unit's reporter or approver)",
  },
  {
    path: 'sign-off',
    move: signOffReport,
    summary: 'Sign off to the office (the unit’s approver); late after the due day',
  },
  { path: 'accept', move: acceptReport, summary: 'Accept (supervisor); final' },
] as const;

export const reportRoutes = routePlugin(['reports'], (route, { store, clock, caches }) => {
  for (const { path, save, summary } of SAVES) {
    route.put(
      `/api/tasks/:taskId/periods/:key/${path}`,
      {
        summary,
        description:
          'Fields left out keep their value. A stale baseRev answers 409 with the current revision. ' +
          "The answer's revisions are the filing's steps (every revision that is not a save) and the " +
          'revision it now stands at; the whole history comes with the filing (GET /api/reports/{reportId}).',
        params: TaskPeriodParamsSchema,
        body: SaveReportBodySchema,
        response: { 200: OneReportSchema },
      },
      async (request) => {
        const { baseRev, ...content } = request.body;
        const { taskId, key } = request.params;
        const saved = await save({
          actor: actorOf(request),
          taskId,
          period: key,
          baseRev,
          content,
          store,
          clock,
          caches,
        });
        return { report: presentReport(saved.report) };
      },
    );
  }

  route.get(
    '/api/reports/:reportId',
    {
      summary: 'One report as you may see it; another unit’s unfiled report answers 404 like a missing one',
      params: ReportParamsSchema,
      response: { 200: OneReportSchema },
    },
    async (request) => {
      const { report } = await getReport({
        actor: actorOf(request),
        reportId: request.params.reportId,
        store,
      });
      return { report: presentReport(report) };
    },
  );

  for (const { path, move, summary } of STEPS) {
    reportActRoute(route, {
      path,
      summary,
      body: NoteBodySchema,
      run: ({ body, ...input }) => move({ ...input, note: body?.note, store, clock, caches }),
    });
  }

  reportActRoute(route, {
    path: 'return',
    summary: 'Return to the unit with reasons (supervisor)',
    body: ReturnBodySchema,
    run: ({ body, ...input }) => returnReport({ ...input, reasons: body.reasons, store, clock, caches }),
  });
});
