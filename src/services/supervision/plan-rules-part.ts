// One part of a plan's rules, read and replaced the same way whichever part it is: the rules as a
// whole (the admin's) or the quality settings (督查办's and the admin's). The replacement is saved in
// one transaction and audited with the part as it was before and as it is now.
import { assertCan } from '../../core/policy/policy.ts';
import type { Action, Actor } from '../../core/policy/policy.types.ts';
import { rulesOrDefault, type PlanRules } from '../../core/supervision/plan-rules.ts';
import { auditEvent } from '../audit/audit.ts';
import { getPlanByYear } from '../plans/plans.queries.ts';
import type { PlanRecord } from '../plans/plans.types.ts';
import type { Clock } from '../support/clock.ts';
import type { Store } from '../store.ts';
import type { PlanRulesRecord } from './supervision.types.ts';

/** What sets one part apart: who may replace it, how it is audited, where it sits in the rules. */
export interface PlanRulesPart<T> {
  replaceAction: Action;
  auditAction: string;
  /** The part as the audit records it. */
  pick: (rules: PlanRules) => T;
  /** The plan's rules with the part replaced; throws when they are not valid. */
  put: (rules: PlanRules, part: T) => PlanRules;
}

/** The plan of `year` and its stored rules (null while it uses the defaults), if `action` is allowed. */
export async function readPlanRules(input: {
  actor: Actor;
  action: Action;
  year: number;
  store: Store;
}): Promise<{ plan: PlanRecord; stored: PlanRulesRecord | null }> {
  assertCan(input.actor, input.action);
  const plan = await getPlanByYear(input.store.repos, input.year);
  return { plan, stored: await input.store.repos.planRules.find(plan.id) };
}

export async function replacePlanRulesPart<T>(input: {
  actor: Actor;
  year: number;
  part: PlanRulesPart<T>;
  value: T;
  store: Store;
  clock: Clock;
}): Promise<{ plan: PlanRecord; saved: PlanRulesRecord }> {
  const { actor, part } = input;
  assertCan(actor, part.replaceAction);
  const now = input.clock();
  return input.store.transaction(async (repos) => {
    const plan = await getPlanByYear(repos, input.year);
    const before = rulesOrDefault(await repos.planRules.find(plan.id));
    const saved = await repos.planRules.save({
      planId: plan.id,
      rules: part.put(before, input.value),
      updatedAt: now,
      updatedBy: actor.kind === 'account' ? actor.accountId : null,
    });
    await repos.audit.append(
      auditEvent({
        actor,
        at: now,
        action: part.auditAction,
        entityType: 'plan',
        entityId: plan.id,
        before: part.pick(before),
        after: part.pick(saved.rules),
      }),
    );
    return { plan, saved };
  });
}
