// Batches of filings (the clerk submits, the approver signs off, the office accepts or returns) and
// the corrections inside a unit (the clerk withdraws, the approver sends back or edits and signs off).
import { runReportBatch, type BatchAct } from '../../services/reports/batch.usecases.ts';
import { editAndSignOff } from '../../services/reports/revise.usecases.ts';
import { sendBackReport, withdrawReport } from '../../services/reports/transitions.usecases.ts';
import { actorOf } from '../request-context.ts';
import { routePlugin } from '../route.ts';
import { reportActRoute } from '../report-act.ts';
import {
  BatchAnswerSchema,
  BatchBodySchema,
  EditSignOffBodySchema,
  SendBackBodySchema,
} from '../../contracts/report-batch.schema.ts';
import { NoteBodySchema } from '../../contracts/report.schema.ts';

const BATCHES: readonly { path: string; act: BatchAct; summary: string }[] = [
  { path: 'submit', act: 'submit', summary: "Submit drafts to the unit's approver (reporter or approver)" },
  { path: 'sign-off', act: 'sign_off', summary: 'Sign off submitted filings to the office (approver)' },
  { path: 'accept', act: 'accept', summary: 'Accept filings (supervisor)' },
  {
    path: 'return',
    act: 'return',
    summary: 'Return filings with reasons, per batch or per row (supervisor)',
  },
];

export const reportBatchRoutes = routePlugin(['reports'], (route, { store, clock, caches }) => {
  for (const { path, act, summary } of BATCHES) {
    route.post(
      `/api/report-batches/${path}`,
      {
        summary,
        description:
          'Each row in its own transaction: a stale, hidden or wrong-state row is refused with its reason, the rest go through. dryRun writes nothing.',
        body: BatchBodySchema,
        response: { 200: BatchAnswerSchema },
      },
      async (request) => {
        const { rows, reasons, dryRun } = request.body;
        const { results } = await runReportBatch({
          actor: actorOf(request),
          act,
          rows,
          reasons,
          dryRun,
          store,
          clock,
        });
        const done = results.filter((row) => row.ok).length;
        return {
          dryRun,
          done,
          refused: results.length - done,
          results: results.map((row) =>
            row.ok
              ? { reportId: row.reportId, ok: true, state: row.state, rev: row.rev, code: null, reason: null }
              : {
                  reportId: row.reportId,
                  ok: false,
                  state: null,
                  rev: null,
                  code: row.code,
                  reason: row.reason,
                },
          ),
        };
      },
    );
  }

  reportActRoute(route, {
    path: 'withdraw',
    summary:
      'Take a submitted filing back to a draft before it is signed off (the unit’s reporter or approver)',
    body: NoteBodySchema,
    run: ({ body, ...input }) => withdrawReport({ ...input, note: body?.note, store, clock, caches }),
  });

  reportActRoute(route, {
    path: 'send-back',
    summary:
      'Return a submitted filing to the clerk with reasons (the unit’s approver); not the office’s 退回',
    body: SendBackBodySchema,
    run: ({ body, ...input }) => sendBackReport({ ...input, reasons: body.reasons, store, clock, caches }),
  });

  reportActRoute(route, {
    path: 'edit-sign-off',
    summary: 'Edit a submitted filing and sign it off (the unit’s approver); the edit is its own revision',
    body: EditSignOffBodySchema,
    run: ({ body: { baseRev, ...content }, ...input }) =>
      editAndSignOff({ ...input, baseRev, content, store, clock }),
  });
});
