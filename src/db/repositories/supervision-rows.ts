// Supervision rows <-> the records the use cases see.
import type { PeriodKey } from '../../core/period/period.ts';
import { isPeriodKey } from '../../core/period/period.ts';
import type { CardAction, CardColor, CardState, CardStep } from '../../core/supervision/cards.ts';
import type { CompletionState } from '../../core/supervision/completion.ts';
import type { ExtensionStatus } from '../../core/supervision/deadlines.ts';
import type {
  CardRecord,
  CompletionRecord,
  ExtensionRecord,
} from '../../services/supervision/supervision.types.ts';
import type { cards, cardSteps, completions, extensionRequests } from '../schema/index.ts';

/** A text column holding one of a fixed set; anything else means the database was changed by hand. */
export function oneOf<T extends string>(values: readonly T[], value: string, column: string): T {
  const found = values.find((candidate) => candidate === value);
  if (found === undefined) throw new Error(`unexpected '${value}' in ${column}`);
  return found;
}

export function periodKeyOf(value: string): PeriodKey {
  if (!isPeriodKey(value)) throw new Error(`unexpected period key '${value}'`);
  return value;
}

const COLORS: readonly CardColor[] = ['yellow', 'red'];
const CARD_STATES: readonly CardState[] = ['issued', 'answered', 'lowered', 'closed'];
const CARD_ACTIONS: readonly CardAction[] = ['issue', 'answer', 'reject_answer', 'lower', 'close'];

export function toCardStep(row: typeof cardSteps.$inferSelect): CardStep {
  return {
    action: oneOf(CARD_ACTIONS, row.action, 'card_steps.action'),
    by: row.by ?? 0,
    at: row.at,
    text: row.text,
    state: oneOf(CARD_STATES, row.state, 'card_steps.state'),
    color: oneOf(COLORS, row.color, 'card_steps.color'),
  };
}

export function toCardRecord(
  row: typeof cards.$inferSelect,
  periodKey: string,
  steps: readonly (typeof cardSteps.$inferSelect)[],
): CardRecord {
  const period = periodKeyOf(periodKey);
  return {
    id: row.id,
    taskId: row.taskId,
    unitId: row.unitId,
    periodId: row.periodId,
    period,
    color: oneOf(COLORS, row.color, 'cards.color'),
    issuedColor: oneOf(COLORS, row.issuedColor, 'cards.issued_color'),
    state: oneOf(CARD_STATES, row.state, 'cards.state'),
    reason: row.reason,
    rectifyBy: row.rectifyBy,
    issuedAt: row.issuedAt,
    history: steps.filter((step) => step.cardId === row.id).map(toCardStep),
  };
}

const EXTENSION_STATUSES: readonly ExtensionStatus[] = ['pending', 'approved', 'rejected'];

export function toExtensionRecord(
  row: typeof extensionRequests.$inferSelect,
  periodKey: string,
): ExtensionRecord {
  return {
    ...row,
    period: periodKeyOf(periodKey),
    status: oneOf(EXTENSION_STATUSES, row.status, 'extension_requests.status'),
  };
}

const COMPLETION_STATES: readonly CompletionState[] = ['claimed', 'verified', 'rejected'];

export function toCompletionRecord(row: typeof completions.$inferSelect): CompletionRecord {
  return { ...row, state: oneOf(COMPLETION_STATES, row.state, 'completions.state') };
}
