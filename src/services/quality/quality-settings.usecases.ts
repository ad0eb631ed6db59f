// The plan's quality settings (the stock-phrase list and the flags' thresholds), which 督查办 and
// the admin keep: read, and replaced as a whole in one transaction, audited with the previous value.
// The rest of the plan's rules stay the admin's (plan-rules.usecases).
import { isDeepStrictEqual } from 'node:util';
import { assertCan } from '../../core/policy/policy.ts';
import type { Actor } from '../../core/policy/policy.types.ts';
import { DEFAULT_QUALITY_RULES, validateQualityRules } from '../../core/quality/quality-rules.ts';
import type { QualityRules } from '../../core/quality/quality.types.ts';
import { rulesOrDefault } from '../../core/supervision/plan-rules.ts';
import type { PlanRecord } from '../plans/plans.types.ts';
import type { Clock } from '../support/clock.ts';
import type { Store } from '../store.ts';
import { readPlanRules, replacePlanRulesPart, type PlanRulesPart } from '../supervision/plan-rules-part.ts';

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

const QUALITY: PlanRulesPart<QualityRules> = {
  replaceAction: 'quality_rules.manage',
  auditAction: 'plan_rules.quality_update',
  pick: (rules) => rules.quality,
  put: (rules, quality) => ({ ...rules, quality }),
};

export async function getQualitySettings(input: {
  actor: Actor;
  year: number;
  store: Store;
}): Promise<QualitySettingsView> {
  const { plan, stored } = await readPlanRules({ ...input, action: 'quality_rules.manage' });
  return viewOf(plan, rulesOrDefault(stored).quality);
}

export async function updateQualitySettings(input: {
  actor: Actor;
  year: number;
  quality: QualityRules;
  store: Store;
  clock: Clock;
}): Promise<QualitySettingsView> {
  assertCan(input.actor, QUALITY.replaceAction);
  validateQualityRules(input.quality);
  const { plan, saved } = await replacePlanRulesPart({ ...input, part: QUALITY, value: input.quality });
  return viewOf(plan, saved.rules.quality);
}
