// What every save writes, and how a stale one is refused, whichever path writes it.
import { conflict } from '../../core/errors.ts';
import type { Actor } from '../../core/policy/policy.types.ts';
import type { ReportContent } from '../../core/report/report.types.ts';
import { actorAccountId } from '../../core/policy/actor.ts';
import type { NewRevision, ReportRecord } from './reports.types.ts';

export function saveRevision(input: {
  actor: Actor;
  report: ReportRecord;
  rev: number;
  content: ReportContent;
  now: Date;
}): NewRevision {
  return {
    reportId: input.report.id,
    rev: input.rev,
    event: 'save',
    state: input.report.state,
    ...input.content,
    reason: null,
    late: false,
    authorAccountId: actorAccountId(input.actor),
    createdAt: input.now,
  };
}

/** Someone saved since this edit began: the caller gets the current revision to merge with. */
export function staleRevision(existing: ReportRecord | null, baseRev: number, current?: ReportContent) {
  return conflict('report.stale_revision', 'the filing changed since you opened it; reload and merge', {
    reportId: existing?.id ?? null,
    baseRev,
    currentRev: existing?.currentRev ?? 0,
    state: existing?.state ?? null,
    current: current ?? null,
  });
}
