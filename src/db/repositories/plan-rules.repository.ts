// A plan's rules (lights, escalation, scoring, calendar), one row per plan.
import { eq } from 'drizzle-orm';
import { scoringRulesOrDefault } from '../../core/assessment/scoring-rules.ts';
import { DEFAULT_QUALITY_RULES } from '../../core/quality/quality-rules.ts';
import type { PlanRulesRecord, PlanRulesRepository } from '../../services/supervision/supervision.types.ts';
import type { Db } from '../client.ts';
import { planRules } from '../schema/index.ts';

function toRecord(row: typeof planRules.$inferSelect): PlanRulesRecord {
  const { lights, escalation, scoring, calendar } = row;
  return {
    planId: row.planId,
    // Rules stored before the share model (points per task) read as the default share rules;
    // rules stored before the quality flags read with their defaults.
    rules: {
      lights,
      escalation,
      scoring: scoringRulesOrDefault(scoring),
      calendar,
      quality: { ...DEFAULT_QUALITY_RULES, ...row.quality },
    },
    updatedAt: row.updatedAt,
    updatedBy: row.updatedBy,
  };
}

export function planRulesRepository(db: Db): PlanRulesRepository {
  return {
    async find(planId) {
      const [row] = await db.select().from(planRules).where(eq(planRules.planId, planId));
      return row ? toRecord(row) : null;
    },
    async save(record) {
      const values = { ...record.rules, updatedAt: record.updatedAt, updatedBy: record.updatedBy };
      const [row] = await db
        .insert(planRules)
        .values({ planId: record.planId, ...values })
        .onConflictDoUpdate({ target: planRules.planId, set: values })
        .returning();
      if (!row) throw new Error('saving plan_rules returned no row');
      return toRecord(row);
    },
  };
}
