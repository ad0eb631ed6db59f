// Lights for every owed filing of a period, from facts read in bulk: one pass, no query per light.
import { CITY_UTC_OFFSET_MINUTES, cityDate } from '../../core/period/city-date.ts';
import type { EffectiveDueDate } from '../../core/supervision/deadlines.ts';
import type { FilingLight } from '../../core/supervision/filing-light.ts';
import { filingLight } from '../../core/supervision/filing-light.ts';
import type { OwingUnit } from '../reports/reports.types.ts';
import type { TaskWithIndicators, PeriodRecord } from '../plans/plans.types.ts';
import { kindFor } from '../reports/worklist.usecases.ts';
import type { SupervisionContext } from './supervision-context.ts';
import { indicatorsOf } from './supervision-context.ts';
import { dueDateFor } from '../reports/due-dates.ts';
import type { FilingFact } from './supervision.types.ts';

export interface ComputedLight {
  period: PeriodRecord;
  task: TaskWithIndicators;
  unit: OwingUnit;
  due: EffectiveDueDate;
  fact: FilingFact | null;
  completionVerified: boolean;
  result: FilingLight;
}

export function computeLights(input: {
  context: SupervisionContext;
  period: PeriodRecord;
  owing: readonly OwingUnit[];
  facts: readonly FilingFact[];
  now: Date;
}): ComputedLight[] {
  const { context, period, now } = input;
  const today = cityDate(now);
  const verified = new Set(
    context.completions
      .filter((claim) => claim.state === 'verified' && claim.verifiedOn !== null && claim.verifiedOn <= today)
      .map((claim) => claim.taskId),
  );
  const facts = new Map(
    input.facts
      .filter((fact) => fact.periodId === period.id)
      .map((fact) => [`${fact.taskId}:${fact.unitId}:${fact.kind}`, fact]),
  );
  return input.owing.flatMap((unit): ComputedLight[] => {
    const task = context.tasks.get(unit.taskId);
    if (!task) return [];
    const fact = facts.get(`${unit.taskId}:${unit.unitId}:${kindFor(unit.role)}`) ?? null;
    const groupIds = unit.viaGroup ? [unit.viaGroup.id] : [];
    const due = dueDateFor(context, { period, taskId: task.id, unitId: unit.unitId, groupIds });
    const completionVerified = verified.has(task.id);
    const result = filingLight({
      period: period.key,
      dueOn: due.dueOn,
      now,
      utcOffsetMinutes: CITY_UTC_OFFSET_MINUTES,
      filing: filedFacts(fact),
      indicators: indicatorsOf(task),
      completionVerified,
      rules: context.rules.lights,
    });
    return [{ period, task, unit, due, fact, completionVerified, result }];
  });
}

function filedFacts(fact: FilingFact | null) {
  if (!fact?.firstSignedOffAt) return null;
  return {
    filedAt: fact.firstSignedOffAt,
    selfStatus: fact.selfStatus,
    percentComplete: fact.percentComplete,
    indicatorActuals: fact.indicatorActuals,
    returnCount: fact.returnRevisionIds.length,
    accepted: fact.state === 'accepted',
  };
}

export function lightTally(lights: readonly ComputedLight[]): { green: number; yellow: number; red: number } {
  const tally = { green: 0, yellow: 0, red: 0 };
  for (const light of lights) tally[light.result.light] += 1;
  return tally;
}
