// The annual assessment (考核): the ledger of every line item with totals and ranking for the
// office and leaders, each unit's own statement, and the published scoring rules.
import type { Ledger } from '../../core/assessment/assessment.types.ts';
import { computeLedger } from '../../core/assessment/ledger.ts';
import { sumPoints } from '../../core/assessment/points.ts';
import type { ScoringRules } from '../../core/assessment/scoring-rules.ts';
import type { UnitStatement } from '../../core/assessment/statement.ts';
import { unitStatement } from '../../core/assessment/statement.ts';
import { assertCan } from '../../core/policy/policy.ts';
import type { Actor } from '../../core/policy/policy.types.ts';
import { getPlanByYear } from '../plans/plans.queries.ts';
import type { PlanRecord } from '../plans/plans.types.ts';
import type { Repositories, Store } from '../store.ts';
import type { Clock } from '../support/clock.ts';
import { loadPlanRules } from '../supervision/plan-rules.usecases.ts';
import { readScope } from '../../core/policy/read-scope.ts';
import type { SupervisionContext } from '../supervision/supervision-context.ts';
import { loadSupervisionContext } from '../supervision/supervision-context.ts';
import { loadAssessmentFacts } from './assessment-events.ts';

export interface LedgerView {
  plan: PlanRecord;
  rules: ScoringRules;
  ledger: Ledger;
  unitNames: Map<number, string>;
}

export async function getLedger(input: {
  actor: Actor;
  year: number;
  store: Store;
  clock: Clock;
}): Promise<LedgerView> {
  assertCan(input.actor, 'dashboard.read');
  return ledgerOfYear(input.store.repos, input.year, input.clock());
}

export async function getUnitStatement(input: {
  actor: Actor;
  year: number;
  unitId: number;
  store: Store;
  clock: Clock;
}): Promise<{ plan: PlanRecord; rules: ScoringRules; statement: UnitStatement; unitName: string }> {
  readScope(input.actor, input.unitId);
  const view = await ledgerOfYear(input.store.repos, input.year, input.clock());
  const statement = unitStatement(view.ledger, input.unitId);
  const unitName = view.unitNames.get(input.unitId) ?? `#${input.unitId}`;
  return { plan: view.plan, rules: view.rules, statement, unitName };
}

export async function ledgerOfYear(repos: Repositories, year: number, now: Date): Promise<LedgerView> {
  const plan = await getPlanByYear(repos, year);
  return ledgerOf(repos, await loadSupervisionContext(repos, plan), now);
}

/** The ledger from the records as they stand at `now`; a unit's total is always the sum of its lines. */
export async function ledgerOf(
  repos: Repositories,
  context: SupervisionContext,
  now: Date,
): Promise<LedgerView> {
  const { events, units } = await loadAssessmentFacts(repos, context, now);
  const taskLabels = new Map([...context.tasks.values()].map((task) => [task.id, `第${task.seq}项`]));
  const rules = context.rules.scoring;
  const ledger = computeLedger({ rules, events, unitIds: [...units.keys()], taskLabels });
  assertTotalsAreSums(ledger);
  for (const unitId of ledger.results.map((result) => result.unitId)) {
    if (!units.has(unitId))
      units.set(
        unitId,
        (await repos.reports.findUnitName(unitId, `${context.plan.year}-12-31`)) ?? `#${unitId}`,
      );
  }
  return { plan: context.plan, rules, ledger, unitNames: units };
}

function assertTotalsAreSums(ledger: Ledger): void {
  for (const result of ledger.results) {
    const sum = sumPoints(
      ledger.lines.filter((line) => line.unitId === result.unitId).map((line) => line.points),
    );
    if (sum !== result.total)
      throw new Error(`unit ${result.unitId}: total ${result.total} is not its lines' sum ${sum}`);
  }
}

export async function getAssessmentRules(input: {
  actor: Actor;
  year: number;
  store: Store;
}): Promise<{ plan: PlanRecord; rules: ScoringRules }> {
  assertCan(input.actor, 'rules.read');
  const { repos } = input.store;
  const plan = await getPlanByYear(repos, input.year);
  return { plan, rules: (await loadPlanRules(repos, plan.id)).scoring };
}
