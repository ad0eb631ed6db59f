// Each assessment event as the fact a ledger line counts, in words a unit can check; owed filings
// and assignments are the bases of the shares, not facts, and a completion after the deadline
// earns nothing.
import { CARD_LABELS } from '../supervision/cards.ts';
import { daysBetween } from '../supervision/deadlines.ts';
import { periodLabel } from '../supervision/labels.ts';
import type { AssessmentEvent, LedgerFact, RuleKey } from './assessment.types.ts';

export function factFor(event: AssessmentEvent, task: (taskId: number) => string): LedgerFact | null {
  const fact = (ruleKey: RuleKey, explanation: string, provisional = false): LedgerFact => ({
    unitId: event.unitId,
    ruleKey,
    eventRef: event.id,
    explanation,
    provisional,
  });
  switch (event.kind) {
    case 'task_assigned':
    case 'filing_owed':
      return null;
    case 'filed_late':
      return fact(
        'filing.late',
        `${periodLabel(event.period)}${task(event.taskId)}填报逾期${event.daysLate}天`,
      );
    case 'filing_missing': {
      const days = event.daysOverdue === undefined ? '' : `,已逾期${event.daysOverdue}天`;
      const state = event.provisional ? '(暂计,季度尚未关闭)' : '(季度关闭时仍未报)';
      return fact(
        'filing.missing',
        `${periodLabel(event.period)}${task(event.taskId)}未填报${days}${state}`,
        event.provisional,
      );
    }
    case 'report_returned':
      return fact('report.returned', `${periodLabel(event.period)}${task(event.taskId)}报告被退回`);
    case 'card_issued':
      return fact(
        event.color === 'red' ? 'card.red' : 'card.yellow',
        `${task(event.taskId)}被亮${CARD_LABELS[event.color]}`,
      );
    case 'card_lowered':
      return fact('card.lowered', `${task(event.taskId)}红牌降为黄牌`);
    case 'completion_verified':
      if (daysBetween(event.verifiedOn, event.deadline) < 0) return null;
      return fact(
        'completion.on_time',
        `${task(event.taskId)}于${event.verifiedOn}核验办结,未超完成时限${event.deadline}`,
      );
  }
}
