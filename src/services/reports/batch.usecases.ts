// Work in batches: the clerk submits drafts, the approver signs off, the office accepts or returns,
// many filings in one request. Each row runs in its own transaction through the same step as a
// single filing (moveReport: checks, revision, audit), so a refused row (stale, not the actor's,
// wrong state) leaves nothing behind and the others go through. A dry run does every row's work
// and rolls it back: the confirm step lists what would happen before anything does.
import { isDomainError } from '../../core/errors.ts';
import { assertCan } from '../../core/policy/policy.ts';
import type { Actor } from '../../core/policy/policy.types.ts';
import { refusalReason } from '../../core/report/refusal-reasons.ts';
import { returnReasons } from '../../core/report/report-state.ts';
import type { ReportState, TransitionEvent } from '../../core/report/report.types.ts';
import type { Clock } from '../support/clock.ts';
import type { Store } from '../store.ts';
import { assertUnitAction } from '../../core/policy/actor.ts';
import type { ReportRecord } from './reports.types.ts';
import { ACTION_OF, moveReport } from './transitions.usecases.ts';

export const BATCH_ACTS = ['submit', 'sign_off', 'accept', 'return'] as const;
export type BatchAct = (typeof BATCH_ACTS)[number] & TransitionEvent;

export interface BatchRow {
  reportId: number;
  /** The revision the actor saw when choosing the row. */
  baseRevision: number;
  /** On return: this row's reasons (else the batch's). */
  reasons?: string;
}

export type BatchRowResult =
  | { reportId: number; ok: true; state: ReportState; rev: number }
  | { reportId: number; ok: false; code: string; reason: string };

export interface ReportBatchInput {
  actor: Actor;
  act: BatchAct;
  rows: readonly BatchRow[];
  /** On return: the reasons for every row without its own. */
  reasons?: string;
  /** Work out each row's outcome and write nothing. */
  dryRun: boolean;
  store: Store;
  clock: Clock;
}

/** Thrown to roll a dry run's row back once its outcome is known. */
class DryRunDone extends Error {
  constructor(readonly report: ReportRecord) {
    super('dry run');
  }
}

export async function runReportBatch(input: ReportBatchInput): Promise<{ results: BatchRowResult[] }> {
  assertMayBatch(input.actor, input.act);
  const results: BatchRowResult[] = [];
  // One row after the other: each is short, and rows of one unit share its approver's lock order.
  for (const row of input.rows) results.push(await runRow(input, row));
  return { results };
}

/** The role check for the whole batch; which filing is whose is each row's check. */
function assertMayBatch(actor: Actor, act: BatchAct): void {
  if (act === 'accept' || act === 'return') assertCan(actor, 'report.review', {});
  else assertUnitAction(actor, ACTION_OF[act]);
}

async function runRow(input: ReportBatchInput, row: BatchRow): Promise<BatchRowResult> {
  const { reportId } = row;
  try {
    const note = input.act === 'return' ? returnReasons(row.reasons ?? input.reasons) : undefined;
    const moved = await input.store.transaction(async (tx) => {
      const { report } = await moveReport(tx, input.act, {
        actor: input.actor,
        reportId,
        note,
        baseRev: row.baseRevision,
        now: input.clock(),
      });
      if (input.dryRun) throw new DryRunDone(report);
      return report;
    });
    return { reportId, ok: true, state: moved.state, rev: moved.currentRev };
  } catch (error) {
    if (error instanceof DryRunDone) {
      return { reportId, ok: true, state: error.report.state, rev: error.report.currentRev };
    }
    if (!isDomainError(error)) throw error;
    return { reportId, ok: false, code: error.code, reason: refusalReason(error) };
  }
}
