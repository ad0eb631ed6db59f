// The assessment ledger (考核台账): every unit starts from the plan's full score; each kind of fact
// (late, missing, returned, cards, lowered cards, completions) becomes one line worth its weight
// times the fact's share of the unit's owed filings (completions: of the tasks it leads), rounded
// to tenths. A unit's total is the sum of its lines, never stored apart; every line lists its facts.
import type { DomainError } from '../errors.ts';
import { invalid } from '../errors.ts';
import { daysBetween } from '../supervision/deadlines.ts';
import type {
  AssessmentEvent,
  CardIssuedEvent,
  Ledger,
  LedgerFact,
  LedgerLine,
  RuleKey,
  UnitBasis,
} from './assessment.types.ts';
import { factFor } from './ledger-facts.ts';
import { formatPoints, sumPoints } from './points.ts';
import { rankUnits } from './ranking.ts';
import type { ScoringRules } from './scoring-rules.ts';
import { RULE_LABELS, RULE_ORDER, ruleWeight, validateScoringRules } from './scoring-rules.ts';

export interface LedgerInput {
  rules: ScoringRules;
  events: readonly AssessmentEvent[];
  /** Units to rank even without any event (they keep the full score). */
  unitIds?: readonly number[];
  /** How explanations name a task, e.g. 第15项; defaults to 任务{taskId}. */
  taskLabels?: ReadonlyMap<number, string>;
}

export function computeLedger(input: LedgerInput): Ledger {
  validateScoringRules(input.rules);
  validateEvents(input.events);
  checkLowered(input.events);
  const task = (taskId: number) => input.taskLabels?.get(taskId) ?? `任务${taskId}`;
  const facts = input.events.flatMap((event) => factFor(event, task) ?? []);
  const unitIds = [...new Set([...(input.unitIds ?? []), ...input.events.map((event) => event.unitId)])];
  unitIds.sort((a, b) => a - b);
  const bases = unitIds.map((unitId) => basisOf(unitId, input.events, facts));
  const lines = bases.flatMap((basis) => unitLines(basis, facts, input.rules));
  const totals = bases.map(({ unitId }) => ({
    unitId,
    total: sumPoints(lines.filter((line) => line.unitId === unitId).map((line) => line.points)),
  }));
  const ordered = unitIds.flatMap((unitId) =>
    RULE_ORDER.flatMap((ruleKey) =>
      facts
        .filter((fact) => fact.unitId === unitId && fact.ruleKey === ruleKey)
        .sort((a, b) => a.eventRef.localeCompare(b.eventRef, 'en', { numeric: true })),
    ),
  );
  return { lines, facts: ordered, results: rankUnits(totals), bases };
}

function basisOf(
  unitId: number,
  events: readonly AssessmentEvent[],
  facts: readonly LedgerFact[],
): UnitBasis {
  const mine = events.filter((event) => event.unitId === unitId);
  return {
    unitId,
    owedFilings: mine.filter((event) => event.kind === 'filing_owed').length,
    leadTasks: mine.filter((event) => event.kind === 'task_assigned' && event.role === 'lead').length,
    provisional: facts.some((fact) => fact.unitId === unitId && fact.provisional),
  };
}

function unitLines(basis: UnitBasis, facts: readonly LedgerFact[], rules: ScoringRules): LedgerLine[] {
  const mine = facts.filter((fact) => fact.unitId === basis.unitId);
  return RULE_ORDER.flatMap((ruleKey): LedgerLine[] => {
    if (ruleKey === 'base.full') return [fullScoreLine(basis.unitId, rules)];
    const counted = mine.filter((fact) => fact.ruleKey === ruleKey);
    if (counted.length === 0) return [];
    const { weight, per } = ruleWeight(rules, ruleKey);
    const base = Math.max(1, per === 'leads' ? basis.leadTasks : basis.owedFilings);
    const points = shareOf(weight, counted.length, base);
    const provisional = counted.filter((fact) => fact.provisional).length;
    const explanation = shareText({ ruleKey, count: counted.length, base, per, weight, points, provisional });
    return [{ unitId: basis.unitId, points, ruleKey, count: counted.length, base, provisional, explanation }];
  });
}

function fullScoreLine(unitId: number, rules: ScoringRules): LedgerLine {
  const explanation = `基础分(满分)${formatPoints(rules.fullScore)}分`;
  return {
    unitId,
    points: rules.fullScore,
    ruleKey: 'base.full',
    count: 1,
    base: 1,
    provisional: 0,
    explanation,
  };
}

/** weight × count ÷ base in whole tenths, halves away from zero, in integers only. */
export function shareOf(weight: number, count: number, base: number): number {
  const magnitude = Math.floor((2 * Math.abs(weight) * count + base) / (2 * base));
  return weight < 0 && magnitude > 0 ? -magnitude : magnitude;
}

function shareText(input: {
  ruleKey: RuleKey;
  count: number;
  base: number;
  per: 'filings' | 'leads' | null;
  weight: number;
  points: number;
  provisional: number;
}): string {
  const label = RULE_LABELS[input.ruleKey];
  const of = input.per === 'leads' ? `牵头任务${input.base}项` : `应报${input.base}次`;
  const verb = input.points < 0 ? '扣' : '加';
  const note = input.provisional > 0 ? `(其中${input.provisional}次为暂计,季度关闭前补报可改按逾期计)` : '';
  return `${label}${input.count}次 ÷ ${of} × ${formatPoints(Math.abs(input.weight))}分,${verb}${formatPoints(Math.abs(input.points))}分${note}`;
}

function checkLowered(events: readonly AssessmentEvent[]): void {
  const red = new Map<number, CardIssuedEvent>();
  for (const event of events) {
    if (event.kind === 'card_issued' && event.color === 'red') red.set(event.cardId, event);
  }
  for (const event of events) {
    if (event.kind !== 'card_lowered') continue;
    const card = red.get(event.cardId);
    if (!card || card.unitId !== event.unitId) throw unknownCard(event.id, event.cardId);
  }
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
    if (event.kind === 'completion_verified') daysBetween(event.verifiedOn, event.deadline);
  }
}
