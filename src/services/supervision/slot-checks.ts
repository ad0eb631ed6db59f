// Checks the supervision acts share: the unit must owe the task in the period.
import { DomainError } from '../../core/errors.ts';
import { findUnitsOwing } from '../reports/owing-units.ts';
import type { OwingUnit } from '../reports/reports.types.ts';
import type { PeriodRecord } from '../plans/plans.types.ts';
import type { Repositories } from '../store.ts';
import type { Reference } from '../reference/reference-cache.ts';

export async function assertOwes(
  repos: Repositories,
  slot: { period: PeriodRecord; taskId: number; unitId: number; reference?: Reference | undefined },
): Promise<OwingUnit> {
  const { period, taskId, reference } = slot;
  const owing = await findUnitsOwing(repos, { period, taskId, reference });
  const unit = owing.find((candidate) => candidate.unitId === slot.unitId);
  if (!unit) {
    throw new DomainError(
      'report.not_owed',
      'forbidden',
      'the unit does not report on this task in the period',
      {
        taskId: slot.taskId,
        unitId: slot.unitId,
        period: slot.period.key,
      },
    );
  }
  return unit;
}
