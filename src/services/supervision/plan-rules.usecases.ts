// A plan's rules (lights, reminders and escalation, scoring, calendar): published to every
// signed-in account, changed by the admin. A plan without its own rules uses the defaults.
import type { Actor } from '../../core/policy/policy.types.ts';
import type { QualityRules } from '../../core/quality/quality.types.ts';
import type { PlanRules } from '../../core/supervision/plan-rules.ts';
import { rulesOrDefault, validatePlanRules } from '../../core/supervision/plan-rules.ts';
import type { PlanRecord } from '../plans/plans.types.ts';
import type { Clock } from '../support/clock.ts';
import type { Repositories, Store } from '../store.ts';
import { readPlanRules, replacePlanRulesPart, type PlanRulesPart } from './plan-rules-part.ts';

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
  const { plan, stored } = await readPlanRules({ ...input, action: 'rules.read' });
  return {
    plan,
    rules: rulesOrDefault(stored),
    isDefault: stored === null,
    updatedAt: stored?.updatedAt ?? null,
  };
}

type RulesReplacement = Omit<PlanRules, 'quality'> & { quality?: QualityRules };

/** The rules as a whole; without `quality` in the replacement, the plan's quality rules stay as they are. */
const WHOLE_RULES: PlanRulesPart<RulesReplacement> = {
  replaceAction: 'plan.manage',
  auditAction: 'plan_rules.update',
  pick: (rules) => rules,
  put: (before, replacement) => {
    const rules: PlanRules = { ...replacement, quality: replacement.quality ?? before.quality };
    validatePlanRules(rules);
    return rules;
  },
};

export async function updatePlanRules(input: {
  actor: Actor;
  year: number;
  rules: RulesReplacement;
  store: Store;
  clock: Clock;
}): Promise<PlanRulesView> {
  const { plan, saved } = await replacePlanRulesPart({ ...input, part: WHOLE_RULES, value: input.rules });
  return { plan, rules: saved.rules, isDefault: false, updatedAt: saved.updatedAt };
}
