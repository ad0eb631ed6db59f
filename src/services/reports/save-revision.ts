// What every save is decided by and writes, whichever path writes it.
import type { Actor } from '../../core/policy/policy.types.ts';
import { EDITABLE_BY_ROLE, type SaveRules, type StoredFiling } from '../../core/report/save-decision.ts';
import type { ReportContent } from '../../core/report/report.types.ts';
import { actorAccountId } from '../../core/policy/actor.ts';
import { contentOf } from '../../core/report/report-content.ts';
import type { NewRevision, ReportRecord, RevisionRecord } from './reports.types.ts';
import type { TaskWithIndicators } from '../plans/plans.types.ts';

/** The rules a save of a filing on this task is decided by. */
export function saveRules(task: Pick<TaskWithIndicators, 'indicators'>): SaveRules {
  return {
    content: { indicatorIds: task.indicators.map((indicator) => indicator.id) },
    editableStates: EDITABLE_BY_ROLE,
  };
}

/** The filing as the decision sees it: the report and the content of its current revision. */
export function storedFiling(report: ReportRecord, current: RevisionRecord): StoredFiling {
  return { id: report.id, state: report.state, currentRev: report.currentRev, content: contentOf(current) };
}

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
