// The assessment ledger (考核台账): every fact becomes at most one signed line item under a
// named rule, linked to its event; a unit's total is the sum of its lines, never stored apart.
import type { DomainError } from '../errors.ts';
import { invalid } from '../errors.ts';
import { daysBetween } from '../supervision/deadlines.ts';
import { CARD_LABELS } from '../supervision/cards.ts';
import { periodLabel } from '../supervision/labels.ts';
import type {
  AssessmentEvent,
  CardIssuedEvent,
  CardLoweredEvent,
  CompletionVerifiedEvent,
  FiledLateEvent,
  TaskAssignedEvent,
  Ledger,
  LedgerLine,
  RuleKey,
} from './assessment.types.ts';
import { formatPoints, sumPoints } from './points.ts';
import { rankUnits } from './ranking.ts';
import type { ScoringRules } from './scoring-rules.ts';
import { validateScoringRules } from './scoring-rules.ts';

export interface LedgerInput {
  rules: ScoringRules;
  events: readonly AssessmentEvent[];
  /** Units to rank even without any event (they score 0). */
  unitIds?: readonly number[];
  /** How explanations name a task, e.g. 第15项; defaults to 任务{taskId}. */
  taskLabels?: ReadonlyMap<number, string>;
}

interface Context {
  rules: ScoringRules;
  task: (taskId: number) => string;
  redCards: ReadonlyMap<number, CardIssuedEvent>;
}

export function computeLedger(input: LedgerInput): Ledger {
  validateScoringRules(input.rules);
  validateEvents(input.events);
  const context: Context = {
    rules: input.rules,
    task: (taskId) => input.taskLabels?.get(taskId) ?? `任务${taskId}`,
    redCards: redCardsOf(input.events),
  };
  const lines = input.events
    .map((event) => lineFor(event, context))
    .filter((line): line is LedgerLine => line !== null && line.points !== 0);
  const unitIds = [...new Set([...(input.unitIds ?? []), ...input.events.map((event) => event.unitId)])];
  unitIds.sort((a, b) => a - b);
  const byUnit = unitIds.map((unitId) => ({ unitId, lines: lines.filter((line) => line.unitId === unitId) }));
  const totals = byUnit.map((entry) => ({
    unitId: entry.unitId,
    total: sumPoints(entry.lines.map((line) => line.points)),
  }));
  return { lines: byUnit.flatMap((entry) => entry.lines), results: rankUnits(totals) };
}

function lineFor(event: AssessmentEvent, context: Context): LedgerLine | null {
  const { rules } = context;
  const task = context.task(event.taskId);
  switch (event.kind) {
    case 'task_assigned':
      return assignmentLine(event, task, rules);
    case 'filed_late':
      return lateLine(event, task, rules);
    case 'filing_missing':
      return deduction(
        event,
        'filing.missing',
        rules.missingFiling,
        `${periodLabel(event.period)}${task}未填报`,
      );
    case 'report_returned': {
      const fact = `${periodLabel(event.period)}${task}报告被退回`;
      return deduction(event, 'report.returned', rules.returnedReport, fact);
    }
    case 'card_issued': {
      const ruleKey = event.color === 'red' ? 'card.red' : 'card.yellow';
      const points = event.color === 'red' ? rules.redCard : rules.yellowCard;
      return deduction(event, ruleKey, points, `${task}被亮${CARD_LABELS[event.color]}`);
    }
    case 'card_lowered':
      return loweredLine(event, task, context);
    case 'completion_verified':
      return completionLine(event, task, rules);
  }
}

function assignmentLine(event: TaskAssignedEvent, task: string, rules: ScoringRules): LedgerLine {
  const lead = event.role === 'lead';
  const points = lead ? rules.taskPoints.lead : rules.taskPoints.co;
  const text = `作为${lead ? '牵头单位' : '责任单位'}承担${task},得${formatPoints(points)}分`;
  return line(event, lead ? 'task.lead' : 'task.co', points, text);
}

/** Lowering gives back what the red card cost beyond a yellow one. */
function loweredLine(event: CardLoweredEvent, task: string, context: Context): LedgerLine {
  if (!context.redCards.has(event.cardId)) throw unknownCard(event.id, event.cardId);
  const refund = context.rules.redCard - context.rules.yellowCard;
  return line(event, 'card.lowered', refund, `${task}红牌降为黄牌,退还差额${formatPoints(refund)}分`);
}

/** On or before the deadline day counts: the deadline day is still within the time limit (按期). */
function completionLine(
  event: CompletionVerifiedEvent,
  task: string,
  rules: ScoringRules,
): LedgerLine | null {
  if (daysBetween(event.verifiedOn, event.deadline) < 0) return null;
  const points = rules.completedOnTime;
  const text = `${task}于${event.verifiedOn}核验办结,未超完成时限${event.deadline},加${formatPoints(points)}分`;
  return line(event, 'completion.on_time', points, text);
}

function lateLine(event: FiledLateEvent, task: string, rules: ScoringRules): LedgerLine {
  const { perOccurrence, perDay } = rules.lateFiling;
  const points = perOccurrence + perDay * event.daysLate;
  const detail =
    perDay > 0
      ? `(每次${formatPoints(perOccurrence)}分+每天${formatPoints(perDay)}分×${event.daysLate}天)`
      : '';
  const fact = `${periodLabel(event.period)}${task}填报逾期${event.daysLate}天`;
  return line(event, 'filing.late', -points, `${fact},扣${formatPoints(points)}分${detail}`);
}

function deduction(event: AssessmentEvent, ruleKey: RuleKey, points: number, fact: string): LedgerLine {
  return line(event, ruleKey, -points, `${fact},扣${formatPoints(points)}分`);
}

function line(event: AssessmentEvent, ruleKey: RuleKey, points: number, explanation: string): LedgerLine {
  return { unitId: event.unitId, points, ruleKey, eventRef: event.id, explanation };
}

/** Red cards by id, so a lowering can be checked against the card it lowers. */
function redCardsOf(events: readonly AssessmentEvent[]): Map<number, CardIssuedEvent> {
  const cards = new Map<number, CardIssuedEvent>();
  for (const event of events) {
    if (event.kind === 'card_issued' && event.color === 'red') cards.set(event.cardId, event);
  }
  for (const event of events) {
    const card = event.kind === 'card_lowered' ? cards.get(event.cardId) : undefined;
    if (card && card.unitId !== event.unitId) throw unknownCard(event.id, card.cardId);
  }
  return cards;
}

function unknownCard(eventRef: string, cardId: number): DomainError {
  return invalid(
    'assessment.unknown_card',
    'a card can only be lowered after it was issued red to the unit',
    {
      eventRef,
      cardId,
    },
  );
}

function validateEvents(events: readonly AssessmentEvent[]): void {
  const seen = new Set<string>();
  for (const event of events) {
    if (seen.has(event.id)) {
      throw invalid('assessment.duplicate_event', `event ${event.id} is listed twice`, {
        eventRef: event.id,
      });
    }
    seen.add(event.id);
    if (event.kind === 'filed_late' && !(Number.isSafeInteger(event.daysLate) && event.daysLate >= 1)) {
      throw invalid('assessment.invalid_event', 'a late filing is at least one whole day late', {
        eventRef: event.id,
        daysLate: event.daysLate,
      });
    }
  }
}
