// Reading plans: the list, one plan with its structure and periods, its tasks and one task.
// Plans are public once imported (the city publishes the notice), so reading needs only plan.read.
import { notFound } from '../../core/errors.ts';
import { cityDate } from '../../core/period/city-date.ts';
import { planStart } from '../../core/plan/plan-calendar.ts';
import { assertCan } from '../../core/policy/policy.ts';
import type { Actor } from '../../core/policy/policy.types.ts';
import type { Clock } from '../support/clock.ts';
import type { Repositories, Store } from '../store.ts';
import type { PeriodRecord, PlanCounts, PlanRecord, StructureNodeRecord } from './plans.types.ts';

export async function findPlans(input: {
  actor: Actor;
  store: Store;
}): Promise<{ plans: (PlanRecord & { taskCount: number })[] }> {
  assertCan(input.actor, 'plan.read');
  return { plans: await input.store.repos.plans.findAll() };
}

export async function getPlanByYear(repos: Repositories, year: number): Promise<PlanRecord> {
  const plan = await repos.plans.findByYear(year);
  if (!plan) throw notFound('plan.not_found', `no plan for ${year}`, { year });
  return plan;
}

/** The day reads are "as of" by default: today, kept inside the plan's year. */
export function planAsOf(year: number, requested: string | undefined, clock: Clock): string {
  if (requested !== undefined) return requested;
  const today = cityDate(clock());
  const first = planStart(year);
  const last = `${year}-12-31`;
  return today < first ? first : today > last ? last : today;
}

export interface PlanOverview {
  plan: PlanRecord;
  structure: (StructureNodeRecord & { taskCount: number })[];
  periods: PeriodRecord[];
  counts: PlanCounts;
}

export async function getPlan(input: { actor: Actor; store: Store; year: number }): Promise<PlanOverview> {
  assertCan(input.actor, 'plan.read');
  const { repos } = input.store;
  const plan = await getPlanByYear(repos, input.year);
  const nodes = await repos.plans.findStructure(plan.id);
  const periods = await repos.plans.findPeriods(plan.id);
  const counts = await repos.plans.counts(plan.id);
  const tasks = await repos.tasks.findByPlan(plan.id, { asOf: planStart(plan.year) });
  const structure = nodes.map((node) => ({
    ...node,
    taskCount: tasks.filter((task) => node.path.every((number, i) => task.path[i] === number)).length,
  }));
  return { plan, structure, periods, counts };
}
