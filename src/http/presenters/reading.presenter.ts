// The reading pages' shapes: worklist, a task in a period, the office's matrix, the public list.
import type { z } from 'zod';
import type { IsoDate } from '../../core/period/period.ts';
import { PERIOD_PHASE_LABELS, periodPhase } from '../../core/period/period-phase.ts';
import type { FilingProgress } from '../../core/report/progress.ts';
import { SELF_STATUS_LABELS } from '../../core/report/report.types.ts';
import type { MatrixView } from '../../services/reports/matrix.usecases.ts';
import type { PublishedEntry } from '../../services/reports/published.usecases.ts';
import type { OwingUnit } from '../../services/reports/reports.types.ts';
import type { TaskWithIndicators, PeriodRecord } from '../../services/plans/plans.types.ts';
import type { TaskPeriodView } from '../../services/reports/task-period.usecases.ts';
import type { WorklistItem } from '../../services/reports/worklist.usecases.ts';
import type {
  MatrixSchema,
  PeriodSchema,
  PublishedSchema,
  TaskPeriodSchema,
  TaskRefSchema,
  WorklistSchema,
} from '../../contracts/reading.schema.ts';
import { presentContent, presentReport } from './report.presenter.ts';

const ROLE_LABELS = { lead: '牵头', responsible: '责任' } as const;

/** The period's state on `today` (the city's date), the same reading as the plan's periods. */
export const presentPeriod = (period: PeriodRecord, today: IsoDate): z.output<typeof PeriodSchema> => {
  const state = periodPhase(period, today);
  return {
    key: period.key,
    opensOn: period.opensOn,
    dueOn: period.dueOn,
    state,
    stateLabel: PERIOD_PHASE_LABELS[state],
  };
};

export const presentTaskRef = (task: TaskWithIndicators): z.output<typeof TaskRefSchema> => ({
  id: task.id,
  seq: task.seq,
  text: task.text,
  path: task.path,
});

const standing = (progress: FilingProgress) => ({
  state: progress.code,
  stateLabel: progress.label,
  dueOn: progress.dueOn,
  daysToDue: progress.daysToDue,
  late: progress.late,
  overdue: progress.overdue,
});

export const presentOwing = (unit: OwingUnit) => ({
  unitId: unit.unitId,
  name: unit.name,
  role: unit.role,
  roleLabel: ROLE_LABELS[unit.role],
  viaGroup: unit.viaGroup,
});

export function presentWorklistItem(item: WorklistItem): z.output<typeof WorklistSchema>['items'][number] {
  return {
    task: presentTaskRef(item.task),
    role: item.role,
    roleLabel: ROLE_LABELS[item.role],
    kind: item.kind,
    viaGroup: item.viaGroup,
    reportId: item.report?.id ?? null,
    rev: item.report?.currentRev ?? 0,
    reportState: item.report?.state ?? null,
    ...standing(item.progress),
  };
}

export function presentTaskPeriod(view: TaskPeriodView, today: IsoDate): z.output<typeof TaskPeriodSchema> {
  return {
    task: {
      ...presentTaskRef(view.task),
      indicators: view.task.indicators,
      milestones: view.task.milestones.map(({ quarter, text }) => ({ quarter, text })),
    },
    period: presentPeriod(view.period, today),
    myRole: view.myRole,
    units: view.units.map((entry) => ({
      ...presentOwing(entry.unit),
      kind: entry.kind,
      standing: entry.progress && standing(entry.progress),
    })),
    taskReports: view.taskReports.map(presentReport),
    unitInputs: view.unitInputs.map(presentReport),
    missing: view.missing?.map(presentOwing) ?? null,
    prefill: view.prefill && presentContent(view.prefill),
  };
}

export function presentMatrix(view: MatrixView, today: IsoDate): z.output<typeof MatrixSchema> {
  return {
    period: presentPeriod(view.period, today),
    rows: view.rows.map((row) => ({
      task: presentTaskRef(row.task),
      section: row.section,
      cells: row.cells.map((cell) => ({
        ...presentOwing(cell.unit),
        kind: cell.kind,
        reportId: cell.reportId,
        rev: cell.rev,
        ...standing(cell.progress),
      })),
    })),
    units: view.units,
    sections: view.sections,
    totals: view.totals,
  };
}

export function presentPublishedEntry(
  entry: PublishedEntry,
): z.output<typeof PublishedSchema>['entries'][number] {
  const { accepted } = entry;
  return {
    seq: entry.task.seq,
    text: entry.task.text,
    path: entry.task.path,
    leadUnit: entry.leadUnitName,
    progress: accepted.progress,
    selfStatus: accepted.selfStatus,
    selfStatusLabel: accepted.selfStatus ? SELF_STATUS_LABELS[accepted.selfStatus] : null,
    percentComplete: accepted.percentComplete,
    indicatorActuals: accepted.indicatorActuals,
    acceptedAt: accepted.createdAt.toISOString(),
  };
}
