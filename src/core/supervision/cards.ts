// Yellow and red cards (亮牌): a supervisor's formal warning to a unit with a rectification
// deadline. issued -> answered (the unit's rectification) -> lowered (red to yellow once the
// catch-up is confirmed) or closed. Cards are values: every act returns a new card whose history
// keeps the step, and an act the state does not allow throws a conflict with a stable code.
import type { IsoDate, PeriodKey } from '../period/period.ts';
import type { DomainError } from '../errors.ts';
import { conflict, invalid } from '../errors.ts';
import { daysBetween, localDate } from './deadlines.ts';

export type CardColor = 'yellow' | 'red';
export type CardState = 'issued' | 'answered' | 'lowered' | 'closed';
export type CardAction = 'issue' | 'answer' | 'reject_answer' | 'lower' | 'close';

export const CARD_LABELS = { yellow: '黄牌', red: '红牌' } as const satisfies Record<CardColor, string>;

export interface CardStep {
  action: CardAction;
  by: number;
  at: Date;
  /** The reason, the unit's rectification, or the supervisor's note. */
  text: string;
  state: CardState;
  color: CardColor;
}

export interface Card {
  id: number;
  taskId: number;
  unitId: number;
  period: PeriodKey | null;
  color: CardColor;
  /** The color it was issued in: a lowered red card still counts as issued red. */
  issuedColor: CardColor;
  state: CardState;
  reason: string;
  rectifyBy: IsoDate;
  history: readonly CardStep[];
}

export interface IssueCardInput {
  id: number;
  taskId: number;
  unitId: number;
  period: PeriodKey | null;
  color: CardColor;
  reason: string;
  rectifyBy: IsoDate;
  issuedBy: number;
  at: Date;
  utcOffsetMinutes: number;
}

export interface CardAct {
  by: number;
  at: Date;
  text: string;
}

export function issueCard(input: IssueCardInput): Card {
  const reason = input.reason.trim();
  if (reason === '') throw invalid('card.reason_required', 'a card states its reason');
  if (daysBetween(localDate(input.at, input.utcOffsetMinutes), input.rectifyBy) < 0) {
    throw invalid('card.rectify_by_past', 'the rectification deadline cannot lie in the past', {
      rectifyBy: input.rectifyBy,
    });
  }
  const { id, taskId, unitId, period, color, rectifyBy } = input;
  const step: CardStep = {
    action: 'issue',
    by: input.issuedBy,
    at: input.at,
    text: reason,
    state: 'issued',
    color,
  };
  return {
    id,
    taskId,
    unitId,
    period,
    color,
    issuedColor: color,
    state: 'issued',
    reason,
    rectifyBy,
    history: [step],
  };
}

/** The unit files its rectification (整改情况). */
export function answerCard(card: Card, act: CardAct): Card {
  if (card.state !== 'issued') throw refuse(card, 'answer');
  return step(card, 'answer', requireText(act, 'card.answer_required'), 'answered', card.color);
}

/** The supervisor finds the rectification insufficient; the unit answers again. */
export function rejectAnswer(card: Card, act: CardAct): Card {
  if (card.state !== 'answered') throw refuse(card, 'reject_answer');
  return step(card, 'reject_answer', requireText(act, 'card.note_required'), 'issued', card.color);
}

/** The supervisor confirms the catch-up on a red card: it turns yellow and stays open to close. */
export function lowerCard(card: Card, act: CardAct): Card {
  if (card.state !== 'answered' || card.color !== 'red') throw refuse(card, 'lower');
  return step(card, 'lower', act, 'lowered', 'yellow');
}

/** The supervisor confirms the rectification: the card is closed for good. */
export function closeCard(card: Card, act: CardAct): Card {
  if (card.state !== 'answered' && card.state !== 'lowered') throw refuse(card, 'close');
  return step(card, 'close', act, 'closed', card.color);
}

/**
 * Still waiting for the unit's rectification after the deadline day has ended in the city. An
 * answered card waits on the supervisor, not the unit, so it is not overdue.
 */
export function isRectificationOverdue(card: Card, now: Date, utcOffsetMinutes: number): boolean {
  if (card.state !== 'issued') return false;
  return daysBetween(card.rectifyBy, localDate(now, utcOffsetMinutes)) > 0;
}

function step(card: Card, action: CardAction, act: CardAct, state: CardState, color: CardColor): Card {
  const entry: CardStep = { action, by: act.by, at: act.at, text: act.text.trim(), state, color };
  return { ...card, state, color, history: [...card.history, entry] };
}

function requireText(act: CardAct, code: string): CardAct {
  if (act.text.trim() === '') throw invalid(code, 'this step needs a written text');
  return act;
}

function refuse(card: Card, action: CardAction): DomainError {
  const details = { cardId: card.id, state: card.state, color: card.color, action };
  if (card.state === 'closed') return conflict('card.closed', 'the card is closed', details);
  if (action === 'answer' && card.state === 'answered') {
    return conflict('card.already_answered', 'the rectification awaits the supervisor', details);
  }
  if (action === 'lower' && card.color !== 'red') {
    return conflict('card.not_red', 'only a red card can be lowered', details);
  }
  if (card.state === 'issued') {
    return conflict('card.not_answered', 'the unit has not answered the card yet', details);
  }
  return conflict('card.invalid_transition', `a ${card.state} card cannot ${action}`, details);
}
