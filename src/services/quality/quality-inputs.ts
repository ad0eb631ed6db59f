// From versions read in bulk to the core's input, one filing at a time: this unit's earlier
// quarters of the task, the other filings of the task and quarter, the indicators with their
// figures now and last quarter. Everything is looked up in maps built once: no query per filing.
import type { IndicatorActual } from '../../core/report/report.types.ts';
import type {
  EarlierText,
  PeerText,
  QualityIndicatorInput,
  QualityInput,
} from '../../core/quality/quality.types.ts';
import type { TaskWithIndicators, PeriodRecord } from '../plans/plans.types.ts';
import { indicatorsOf } from '../supervision/supervision-context.ts';
import type { QualityVersion } from './quality.types.ts';

export interface InputContext {
  /** The quarter flagged and the plan's quarters before it, oldest first. */
  period: PeriodRecord;
  earlierPeriods: readonly PeriodRecord[];
  tasks: ReadonlyMap<number, TaskWithIndicators>;
  unitName: (unitId: number) => string;
}

/** Versions the actor may see, indexed for the lookups a filing's input needs. */
export interface VersionPool {
  /** One unit's filings of a task, by period id. */
  bySlot: Map<string, Map<number, QualityVersion>>;
  /** Every filing of a task in a period. */
  byTaskPeriod: Map<string, QualityVersion[]>;
}

const slotKey = (taskId: number, unitId: number) => `${taskId}:${unitId}`;
const taskPeriodKey = (taskId: number, periodId: number) => `${taskId}:${periodId}`;

export function poolOf(versions: readonly QualityVersion[]): VersionPool {
  const bySlot = new Map<string, Map<number, QualityVersion>>();
  const byTaskPeriod = new Map<string, QualityVersion[]>();
  for (const version of versions) {
    const slot = slotKey(version.taskId, version.unitId);
    const periods = bySlot.get(slot) ?? new Map<number, QualityVersion>();
    // A unit that filed both kinds in one quarter (its role moved): the task report speaks for it.
    const known = periods.get(version.periodId);
    if (!known || version.kind === 'task_report') periods.set(version.periodId, version);
    bySlot.set(slot, periods);
    const key = taskPeriodKey(version.taskId, version.periodId);
    byTaskPeriod.set(key, [...(byTaskPeriod.get(key) ?? []), version]);
  }
  return { bySlot, byTaskPeriod };
}

export function qualityInputOf(
  context: InputContext,
  pool: VersionPool,
  version: QualityVersion,
): QualityInput {
  const { content } = version;
  const ownQuarters = pool.bySlot.get(slotKey(version.taskId, version.unitId));
  const earlier: EarlierText[] = context.earlierPeriods.flatMap((period) => {
    const filed = ownQuarters?.get(period.id);
    return filed ? [{ period: period.key, progress: filed.content.progress }] : [];
  });
  const previousPeriod = context.earlierPeriods.at(-1);
  const previous = previousPeriod ? (ownQuarters?.get(previousPeriod.id) ?? null) : null;
  return {
    kind: version.kind,
    unitName: context.unitName(version.unitId),
    period: context.period.key,
    progress: content.progress,
    problems: content.problems,
    nextSteps: content.nextSteps,
    selfStatus: content.selfStatus,
    percentComplete: content.percentComplete,
    evidenceCount: content.attachmentIds.length,
    earlier,
    peers: peersOf(context, pool, version),
    indicators: indicatorInputs(
      context.tasks.get(version.taskId),
      content.indicatorActuals,
      previous?.content.indicatorActuals ?? [],
    ),
    previous:
      previous && previousPeriod
        ? { period: previousPeriod.key, percentComplete: previous.content.percentComplete }
        : null,
    statedReason: null,
  };
}

function peersOf(context: InputContext, pool: VersionPool, version: QualityVersion): PeerText[] {
  const others = pool.byTaskPeriod.get(taskPeriodKey(version.taskId, version.periodId)) ?? [];
  return others
    .filter((other) => other.reportId !== version.reportId && other.unitId !== version.unitId)
    .map((other) => ({
      unitName: context.unitName(other.unitId),
      kind: other.kind,
      progress: other.content.progress,
    }));
}

function indicatorInputs(
  task: TaskWithIndicators | undefined,
  actuals: readonly IndicatorActual[],
  previousActuals: readonly IndicatorActual[],
): QualityIndicatorInput[] {
  if (!task) return [];
  const valueOf = (list: readonly IndicatorActual[], id: number) =>
    list.find((actual) => actual.indicatorId === id);
  const read = new Map(indicatorsOf(task).map(({ id, indicator }) => [id, indicator]));
  return task.indicators.map(({ id, raw }) => {
    const actual = valueOf(actuals, id);
    return {
      indicatorId: id,
      // A comparator the plan does not name: the core reads the phrase as written.
      target: read.get(id) ?? raw,
      value: actual?.value ?? null,
      previousValue: valueOf(previousActuals, id)?.value ?? null,
      ...(actual?.note === undefined ? {} : { note: actual.note }),
    };
  });
}
