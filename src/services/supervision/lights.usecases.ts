// Computed lights (红黄绿灯) for a period: every owed filing, each with the reasons behind it.
import { parsePeriod } from '../../core/period/period.ts';
import type { Actor } from '../../core/policy/policy.types.ts';
import { getPlanByYear } from '../plans/plans.queries.ts';
import { findUnitsOwing } from '../reports/owing-units.ts';
import { getPeriod } from '../plans/plan-lookups.ts';
import type { PeriodRecord } from '../plans/plans.types.ts';
import type { Clock } from '../support/clock.ts';
import type { Repositories, Store } from '../store.ts';
import type { ComputedLight } from './lights-compute.ts';
import { computeLights, lightTally } from './lights-compute.ts';
import { readScope } from '../../core/policy/read-scope.ts';
import type { SupervisionContext } from './supervision-context.ts';
import { loadSupervisionContext } from './supervision-context.ts';
import type { ProcessCaches } from '../process-caches.ts';
import type { Reference } from '../reference/reference-cache.ts';

export interface LightsView {
  period: PeriodRecord;
  lights: ComputedLight[];
  tally: { green: number; yellow: number; red: number };
}

export async function findLights(input: {
  actor: Actor;
  period: string;
  unitId?: number;
  taskId?: number;
  store: Store;
  clock: Clock;
  caches?: ProcessCaches;
}): Promise<LightsView> {
  const unitId = readScope(input.actor, input.unitId);
  const { repos } = input.store;
  const period = await getPeriod(repos, input.period);
  const reference = await input.caches?.reference.load(repos);
  const lights = (await lightsOfPeriod(repos, period, input.clock(), reference)).filter(
    (light) =>
      (unitId === null || light.unit.unitId === unitId) &&
      (input.taskId === undefined || light.task.id === input.taskId),
  );
  return { period, lights, tally: lightTally(lights) };
}

/** Every light of the period as of `now`, in task then unit order. */
export async function lightsOfPeriod(
  repos: Repositories,
  period: PeriodRecord,
  now: Date,
  reference?: Reference,
): Promise<ComputedLight[]> {
  const plan = await getPlanByYear(repos, parsePeriod(period.key).year);
  const context = await loadSupervisionContext(repos, plan);
  const owing = await findUnitsOwing(repos, { period, reference });
  const facts = await repos.supervisionFacts.findFilingFacts([period.id]);
  const lights = computeLights({ context, period, owing, facts, now });
  return lights.sort((a, b) => a.task.seq - b.task.seq || a.unit.unitId - b.unit.unitId);
}

/** Every light of every period of the plan as of `now`, reading the filings once. */
export async function lightsOfPlan(
  repos: Repositories,
  context: SupervisionContext,
  now: Date,
  reference?: Reference,
): Promise<ComputedLight[]> {
  const facts = await repos.supervisionFacts.findFilingFacts(context.periods.map((period) => period.id));
  const lights: ComputedLight[] = [];
  for (const period of context.periods) {
    const owing = await findUnitsOwing(repos, { period, reference });
    lights.push(...computeLights({ context, period, owing, facts, now }));
  }
  return lights;
}
