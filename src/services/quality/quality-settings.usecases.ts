// The plan's quality settings (the stock-phrase list and the flags' thresholds), which 督查办 and
// the admin keep: read, and replaced as a whole in one transaction, audited with the previous value.
// The rest of the plan's rules stay the admin's (plan-rules.usecases).
import { isDeepStrictEqual } from 'node:util';
import { assertCan } from '../../core/policy/policy.ts';
import type { Actor } from '../../core/policy/policy.types.ts';
import { DEFAULT_QUALITY_RULES, validateQualityRules } from '../../core/quality/quality-rules.ts';
import type { QualityRules } from '../../core/quality/quality.types.ts';
import { DEFAULT_PLAN_RULES } from '../../core/supervision/plan-rules.ts';
import { auditEvent } from '../audit/audit.ts';
import { getPlanByYear } from '../plans/plans.queries.ts';
import type { PlanRecord } from '../plans/plans.types.ts';
import type { Clock } from '../support/clock.ts';
import type { Store } from '../store.ts';

export interface QualitySettingsView {
  plan: PlanRecord;
  quality: QualityRules;
  /** True while the plan uses the shipped settings. */
  isDefault: boolean;
}

const viewOf = (plan: PlanRecord, quality: QualityRules): QualitySettingsView => ({
  plan,
  quality,
  isDefault: isDeepStrictEqual({ ...quality }, { ...DEFAULT_QUALITY_RULES }),
});

export async function getQualitySettings(input: {
  actor: Actor;
  year: number;
  store: Store;
}): Promise<QualitySettingsView> {
  assertCan(input.actor, 'quality_rules.manage');
  const plan = await getPlanByYear(input.store.repos, input.year);
  const stored = await input.store.repos.planRules.find(plan.id);
  return viewOf(plan, stored?.rules.quality ?? DEFAULT_PLAN_RULES.quality);
}

export async function updateQualitySettings(input: {
  actor: Actor;
  year: number;
  quality: QualityRules;
  store: Store;
  clock: Clock;
}): Promise<QualitySettingsView> {
  assertCan(input.actor, 'quality_rules.manage');
  validateQualityRules(input.quality);
  const now = input.clock();
  return input.store.transaction(async (repos) => {
    const plan = await getPlanByYear(repos, input.year);
    const stored = await repos.planRules.find(plan.id);
    const rules = stored?.rules ?? DEFAULT_PLAN_RULES;
    const saved = await repos.planRules.save({
      planId: plan.id,
      rules: { ...rules, quality: input.quality },
      updatedAt: now,
      updatedBy: input.actor.kind === 'account' ? input.actor.accountId : null,
    });
    await repos.audit.append(
      auditEvent({
        actor: input.actor,
        at: now,
        action: 'plan_rules.quality_update',
        entityType: 'plan',
        entityId: plan.id,
        before: rules.quality,
        after: saved.rules.quality,
      }),
    );
    return viewOf(plan, saved.rules.quality);
  });
}
