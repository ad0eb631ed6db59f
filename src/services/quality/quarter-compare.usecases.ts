// 季度对比: a task's filings of this quarter next to the same units' filings of the quarter
// before, as the office holds them (the versions that left each unit), with the texts' changes
// marked. For the office and leaders.
import { assertCan } from '../../core/policy/policy.ts';
import type { Actor } from '../../core/policy/policy.types.ts';
import type { ReportKind } from '../../core/report/report.types.ts';
import { diffTexts, type DiffRun } from '../../core/report/text-diff.ts';
import { findUnitsOwing } from '../reports/owing-units.ts';
import { getTaskOf } from '../plans/plan-lookups.ts';
import type { OwingRole } from '../reports/reports.types.ts';
import type { TaskWithIndicators } from '../plans/plans.types.ts';
import type { ProcessCaches } from '../process-caches.ts';
import type { Store } from '../store.ts';
import { loadQualityScope, type QualityScope } from './quality-engine.ts';
import type { QualityVersion } from './quality.types.ts';

export interface TextChange {
  field: 'progress' | 'problems' | 'nextSteps';
  runs: DiffRun[];
}

export interface UnitComparison {
  unitId: number;
  name: string;
  role: OwingRole | null;
  kind: ReportKind;
  current: QualityVersion | null;
  previous: QualityVersion | null;
  changes: TextChange[];
}

export interface QuarterComparison {
  scope: QualityScope;
  task: TaskWithIndicators;
  previousKey: string | null;
  units: UnitComparison[];
}

const FIELDS = ['progress', 'problems', 'nextSteps'] as const;

export async function compareQuarters(input: {
  actor: Actor;
  taskId: number;
  period: string;
  store: Store;
  caches: ProcessCaches;
}): Promise<QuarterComparison> {
  assertCan(input.actor, 'dashboard.read');
  const { repos } = input.store;
  const reference = await input.caches.reference.load(repos);
  const scope = await loadQualityScope(reference, input.period);
  const task = await getTaskOf(reference, input.taskId, scope.period);
  const previous = scope.earlierPeriods.at(-1) ?? null;
  const periodIds = [scope.period.id, ...(previous ? [previous.id] : [])];
  const versions = await repos.quality.findFiledVersions({ periodIds, taskIds: [task.id] });
  const owing = await findUnitsOwing(repos, { period: scope.period, taskId: task.id, reference });
  const roleOf = new Map(owing.map((unit) => [unit.unitId, unit.role]));
  // Owing units first (lead, then in the plan's order), then any that filed before a move.
  const unitIds = [...new Set([...owing.map((unit) => unit.unitId), ...versions.map((v) => v.unitId)])];
  const units = unitIds.map((unitId): UnitComparison => {
    const own = versions.filter((version) => version.unitId === unitId);
    const current = own.find((version) => version.periodId === scope.period.id) ?? null;
    const before = previous ? (own.find((version) => version.periodId === previous.id) ?? null) : null;
    const role = roleOf.get(unitId) ?? null;
    return {
      unitId,
      name: scope.unitName(unitId),
      role,
      kind: current?.kind ?? before?.kind ?? (role === 'lead' ? 'task_report' : 'unit_input'),
      current,
      previous: before,
      changes: FIELDS.map((field) => ({
        field,
        runs: diffTexts(before?.content[field] ?? '', current?.content[field] ?? ''),
      })),
    };
  });
  units.sort((a, b) => Number(b.role === 'lead') - Number(a.role === 'lead'));
  return { scope, task, previousKey: previous?.key ?? null, units };
}
