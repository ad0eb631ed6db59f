// A plan's rules (lights, reminders and escalation, scoring, calendar): published to every
// signed-in account, changed by the admin. A plan without its own rules uses the defaults.
import { assertCan } from '../../core/policy/policy.ts';
import type { Actor } from '../../core/policy/policy.types.ts';
import type { QualityRules } from '../../core/quality/quality.types.ts';
import type { PlanRules } from '../../core/supervision/plan-rules.ts';
import { DEFAULT_PLAN_RULES, rulesOrDefault, validatePlanRules } from '../../core/supervision/plan-rules.ts';
import { auditEvent } from '../audit/audit.ts';
import { getPlanByYear } from '../plans/plans.queries.ts';
import type { PlanRecord } from '../plans/plans.types.ts';
import type { Clock } from '../support/clock.ts';
import type { Repositories, Store } from '../store.ts';

export interface PlanRulesView {
  plan: PlanRecord;
  rules: PlanRules;
  /** True while the plan uses the defaults. */
  isDefault: boolean;
  updatedAt: Date | null;
}

export async function loadPlanRules(repos: Repositories, planId: number): Promise<PlanRules> {
  return rulesOrDefault(await repos.planRules.find(planId));
}

export async function getPlanRules(input: {
  actor: Actor;
  year: number;
  store: Store;
}): Promise<PlanRulesView> {
  assertCan(input.actor, 'rules.read');
  const plan = await getPlanByYear(input.store.repos, input.year);
  const stored = await input.store.repos.planRules.find(plan.id);
  return {
    plan,
    rules: stored?.rules ?? DEFAULT_PLAN_RULES,
    isDefault: stored === null,
    updatedAt: stored?.updatedAt ?? null,
  };
}

export async function updatePlanRules(input: {
  actor: Actor;
  year: number;
  /** Without `quality`, the plan's quality rules stay as they are. */
  rules: Omit<PlanRules, 'quality'> & { quality?: QualityRules };
  store: Store;
  clock: Clock;
}): Promise<PlanRulesView> {
  assertCan(input.actor, 'plan.manage');
  const now = input.clock();
  return input.store.transaction(async (repos) => {
    const plan = await getPlanByYear(repos, input.year);
    const before = await repos.planRules.find(plan.id);
    const rules: PlanRules = {
      ...input.rules,
      quality: input.rules.quality ?? before?.rules.quality ?? DEFAULT_PLAN_RULES.quality,
    };
    validatePlanRules(rules);
    const updatedBy = input.actor.kind === 'account' ? input.actor.accountId : null;
    const saved = await repos.planRules.save({
      planId: plan.id,
      rules,
      updatedAt: now,
      updatedBy,
    });
    await repos.audit.append(
      auditEvent({
        actor: input.actor,
        at: now,
        action: 'plan_rules.update',
        entityType: 'plan',
        entityId: plan.id,
        before: before?.rules ?? DEFAULT_PLAN_RULES,
        after: saved.rules,
      }),
    );
    return { plan, rules: saved.rules, isDefault: false, updatedAt: saved.updatedAt };
  });
}
