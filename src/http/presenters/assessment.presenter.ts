// Assessment, closed quarters, burden and notifications -> API shapes. Points travel as integer
// tenths with their display text beside them.
import type { z } from 'zod';
import type { LedgerLine } from '../../core/assessment/assessment.types.ts';
import { formatPoints, sumPoints } from '../../core/assessment/points.ts';
import type { ScoringRules } from '../../core/assessment/scoring-rules.ts';
import { RULE_LABELS, RULE_ORDER } from '../../core/assessment/scoring-rules.ts';
import type { UnitStatement } from '../../core/assessment/statement.ts';
import { formatStatement } from '../../core/assessment/statement.ts';
import type { LedgerView } from '../../services/assessment/ledger.usecases.ts';
import type { NotificationRecord } from '../../services/notifications/notifications.types.ts';
import type {
  AssessmentRulesSchema,
  LedgerSchema,
  NotificationSchema,
  StatementSchema,
} from '../schemas/assessment.schema.ts';

export const points = (tenths: number) => ({ tenths, display: formatPoints(tenths) });

const presentLine = (line: LedgerLine) => ({
  unitId: line.unitId,
  ruleKey: line.ruleKey,
  points: points(line.points),
  eventRef: line.eventRef,
  explanation: line.explanation,
});

export function presentLedger(view: LedgerView): z.output<typeof LedgerSchema> {
  const { ledger } = view;
  const counts = new Map<number, number>();
  for (const line of ledger.lines) counts.set(line.unitId, (counts.get(line.unitId) ?? 0) + 1);
  return {
    year: view.plan.year,
    results: ledger.results.map((result) => ({
      unitId: result.unitId,
      unitName: view.unitNames.get(result.unitId) ?? `#${result.unitId}`,
      total: points(result.total),
      rank: result.rank,
      lineCount: counts.get(result.unitId) ?? 0,
    })),
    lines: ledger.lines.map(presentLine),
    totalOfLines: points(sumPoints(ledger.lines.map((line) => line.points))),
  };
}

export function presentStatement(input: {
  year: number;
  statement: UnitStatement;
  unitName: string;
}): z.output<typeof StatementSchema> {
  const { statement } = input;
  return {
    year: input.year,
    unitId: statement.unitId,
    unitName: input.unitName,
    total: points(statement.total),
    rank: statement.rank,
    rankedUnits: statement.rankedUnits,
    subtotals: statement.subtotals.map((entry) => ({ ...entry, points: points(entry.points) })),
    lines: statement.lines.map(presentLine),
    text: formatStatement(statement, input.unitName),
  };
}

/** Each rule with the points it adds (+) or deducts (-) and what it is counted per. */
export function presentAssessmentRules(
  year: number,
  rules: ScoringRules,
): z.output<typeof AssessmentRulesSchema> {
  const amounts = {
    'task.lead': [rules.taskPoints.lead, '每项牵头任务'],
    'task.co': [rules.taskPoints.co, '每项配合任务'],
    'filing.late': [
      -rules.lateFiling.perOccurrence,
      rules.lateFiling.perDay > 0 ? `每次,另每天扣${formatPoints(rules.lateFiling.perDay)}分` : '每次',
    ],
    'filing.missing': [-rules.missingFiling, '季度关闭时每项未报'],
    'report.returned': [-rules.returnedReport, '每次退回'],
    'card.yellow': [-rules.yellowCard, '每张'],
    'card.red': [-rules.redCard, '每张'],
    'card.lowered': [rules.redCard - rules.yellowCard, '每张降为黄牌的红牌'],
    'completion.on_time': [rules.completedOnTime, '在完成时限内核验办结的每项任务'],
  } as const;
  return {
    year,
    scoring: rules,
    rules: RULE_ORDER.map((ruleKey) => ({
      ruleKey,
      label: RULE_LABELS[ruleKey],
      points: points(amounts[ruleKey][0]),
      per: amounts[ruleKey][1],
    })),
  };
}

export function presentNotification(record: NotificationRecord): z.output<typeof NotificationSchema> {
  return {
    id: record.id,
    kind: record.kind,
    level: record.level,
    unitId: record.unitId,
    taskId: record.taskId,
    title: record.title,
    lines: record.lines,
    createdAt: record.createdAt.toISOString(),
    read: record.readAt !== null,
    webhook: record.webhookStatus,
  };
}
