// A task's quarter as every reader shares it: the units owing it, all its filings with every
// revision and file, read once per state of the task's filings (shared-answers.ts, keyed by the
// task's filing generation) and never shown as it is. Each reader's view is cut from it by that
// reader's visibility of each filing (`viewFor` in task-period.usecases.ts), and readers who see
// exactly the same share that cut too.
import type { ReportContent } from '../../core/report/report.types.ts';
import { carriedOver } from '../../core/report/report-content.ts';
import type { Repositories } from '../store.ts';
import type { Reference } from '../reference/reference-cache.ts';
import type { TaskWithIndicators, PeriodRecord } from '../plans/plans.types.ts';
import { findUnitsOwing } from './owing-units.ts';
import { previousContent } from './prefill.ts';
import { unitNamesFor } from './report-views.ts';
import type { AttachmentRecord, OwingUnit, ReportRecord, RevisionRecord } from './reports.types.ts';
import { kindFor } from './worklist.usecases.ts';

export interface TaskPeriodState {
  period: PeriodRecord;
  task: TaskWithIndicators;
  owing: OwingUnit[];
  reports: ReportRecord[];
  /** Every revision of every filing: more than most readers may see. */
  revisions: RevisionRecord[];
  /** Every file any revision lists. */
  attachments: AttachmentRecord[];
  names: ReadonlyMap<number, string>;
  /** Last quarter's content per owing unit that has not filed this quarter, asked once each. */
  prefill(repos: Repositories, unit: OwingUnit): Promise<ReportContent | null>;
  /** Views already cut, by what their readers see (at most VIEWS_KEPT, the oldest go first). */
  views: Map<string, Promise<unknown>>;
}

/** The tasks' quarters read lately: each holds every revision of a task's filings. */
export const TASK_PERIODS_KEPT = 256;

/** Readers who see differently (units, the office): the busiest tasks have a dozen kinds. */
export const VIEWS_KEPT = 16;

export async function loadTaskPeriodState(
  repos: Repositories,
  input: { reference: Reference; period: PeriodRecord; task: TaskWithIndicators },
): Promise<TaskPeriodState> {
  const { reference, period, task } = input;
  const owing = await findUnitsOwing(repos, { period, taskId: task.id, reference });
  const reports = await repos.reports.findReports({ periodId: period.id, taskId: task.id });
  const revisions = await repos.reports.findRevisions(reports.map((report) => report.id));
  const listed = new Set(revisions.flatMap((revision) => revision.attachmentIds));
  const attachments = await repos.reports.findAttachments([...listed]);
  const names = await unitNamesFor(repos, { period, owing, reports });
  const prefills = new Map<number, Promise<ReportContent | null>>();
  const prefill = (readRepos: Repositories, unit: OwingUnit) => {
    let known = prefills.get(unit.unitId);
    if (!known) {
      const slot = { taskId: task.id, unitId: unit.unitId, kind: kindFor(unit.role) };
      known = previousContent(readRepos, period, slot).then((found) => found && carriedOver(found));
      prefills.set(unit.unitId, known);
      known.catch(() => prefills.delete(unit.unitId));
    }
    return known;
  };
  return { period, task, owing, reports, revisions, attachments, names, prefill, views: new Map() };
}

/** The view kept for `readerKey`, or `cut()`'s, kept in its stead. */
export function keptView<T>(state: TaskPeriodState, readerKey: string, cut: () => Promise<T>): Promise<T> {
  const known = state.views.get(readerKey);
  if (known) return known as Promise<T>;
  const view = cut();
  state.views.set(readerKey, view);
  view.catch(() => state.views.delete(readerKey));
  for (const oldest of state.views.keys()) {
    if (state.views.size <= VIEWS_KEPT) break;
    state.views.delete(oldest);
  }
  return view;
}
