// Cards (亮牌) as acts: the office issues a yellow or red card to a unit on a task, the unit
// answers with its rectification, the office rejects the answer, lowers a red card or closes it.
// Every step is appended to the card's history, audited, and told to the other side.
import { notFound } from '../../core/errors.ts';
import { CITY_UTC_OFFSET_MINUTES } from '../../core/period/city-date.ts';
import { assertCan, can } from '../../core/policy/policy.ts';
import type { Action, Actor } from '../../core/policy/policy.types.ts';
import { periodLabel } from '../../core/supervision/labels.ts';
import type { Card, CardAct, CardColor } from '../../core/supervision/cards.ts';
import {
  answerCard,
  CARD_LABELS,
  closeCard,
  issueCard,
  lowerCard,
  rejectAnswer,
} from '../../core/supervision/cards.ts';
import { auditEvent } from '../audit/audit.ts';
import { notifyUnit } from '../notifications/notify-unit.ts';
import { recordNotices, taskLine } from '../notifications/notify.ts';
import { assertPeriodOpen, getTaskOfPeriod, getPeriod } from '../plans/plan-lookups.ts';
import type { Clock } from '../support/clock.ts';
import type { Repositories, Store } from '../store.ts';
import { loadReadable } from '../../core/policy/read-scope.ts';
import { actorAccountId } from '../../core/policy/actor.ts';
import { assertOwes } from './slot-checks.ts';
import type { CardRecord } from './supervision.types.ts';
import type { ProcessCaches } from '../process-caches.ts';

export async function issueCardAct(input: {
  actor: Actor;
  taskId: number;
  unitId: number;
  period: string;
  color: CardColor;
  reason: string;
  rectifyBy: string;
  store: Store;
  clock: Clock;
  caches?: ProcessCaches;
}): Promise<{ card: CardRecord }> {
  assertCan(input.actor, 'warning.issue');
  const now = input.clock();
  return input.store.transaction(async (repos) => {
    const period = await getPeriod(repos, input.period);
    assertPeriodOpen(period);
    const task = await getTaskOfPeriod(repos, input.taskId, period);
    const reference = await input.caches?.reference.load(repos);
    await assertOwes(repos, { period, taskId: task.id, unitId: input.unitId, reference });
    const {
      history,
      id: _id,
      ...issued
    } = issueCard({
      ...input,
      id: 0,
      period: period.key,
      issuedBy: actorAccountId(input.actor) ?? 0,
      at: now,
      utcOffsetMinutes: CITY_UTC_OFFSET_MINUTES,
    });
    const first = history[0];
    if (!first) throw new Error('an issued card starts its history');
    const card = await repos.cards.insert(
      { ...issued, period: period.key, periodId: period.id, issuedAt: now },
      first,
    );
    await auditCard(repos, { actor: input.actor, at: now, action: 'card.issue', before: null, after: card });
    const title = `${periodLabel(period.key)}第${task.seq}项被亮${CARD_LABELS[card.color]}`;
    const lines = [taskLine(task), `理由:${card.reason}`, `请于${card.rectifyBy}前报送整改情况`];
    await notifyCard(repos, { card, step: 'issue', toOffice: false, title, lines }, now);
    return { card };
  });
}

type StepName = 'answer' | 'reject_answer' | 'lower' | 'close';

const STEPS: Record<StepName, { action: Action; apply: (card: Card, act: CardAct) => Card; label: string }> =
  {
    answer: { action: 'supervision.respond', apply: answerCard, label: '单位已报送整改情况' },
    reject_answer: { action: 'supervision.decide', apply: rejectAnswer, label: '整改情况未通过,请重新整改' },
    lower: { action: 'supervision.decide', apply: lowerCard, label: '红牌已降为黄牌' },
    close: { action: 'supervision.decide', apply: closeCard, label: '亮牌已销号' },
  };

interface StepInput {
  actor: Actor;
  cardId: number;
  text: string;
  store: Store;
  clock: Clock;
}

export const answerCardAct = (input: StepInput) => stepCard('answer', input);
export const rejectCardAnswerAct = (input: StepInput) => stepCard('reject_answer', input);
export const lowerCardAct = (input: StepInput) => stepCard('lower', input);
export const closeCardAct = (input: StepInput) => stepCard('close', input);

async function stepCard(name: StepName, input: StepInput): Promise<{ card: CardRecord }> {
  const step = STEPS[name];
  const now = input.clock();
  return input.store.transaction(async (repos) => {
    const before = await loadReadable({
      actor: input.actor,
      load: () => repos.cards.find(input.cardId, { forUpdate: true }),
      readable: (card) => can(input.actor, 'supervision.read', { unitId: card.unitId }),
      missing: () => cardNotFound(input.cardId),
    });
    assertCan(input.actor, step.action, { unitId: before.unitId });
    const next = step.apply(before, { by: actorAccountId(input.actor) ?? 0, at: now, text: input.text });
    const added = next.history.at(-1);
    if (!added) throw new Error('a card step adds to the history');
    const card = await repos.cards.addStep(before.id, added);
    await auditCard(repos, { actor: input.actor, at: now, action: `card.${name}`, before, after: card });
    const title = `${CARD_LABELS[card.issuedColor]}(${periodLabel(card.period)}):${step.label}`;
    const lines = added.text === '' ? [] : [added.text];
    const toOffice = name === 'answer';
    await notifyCard(repos, { card, step: `${name}:${card.history.length}`, toOffice, title, lines }, now);
    return { card };
  });
}

export async function getCard(
  repos: Repositories,
  cardId: number,
  options?: { forUpdate?: boolean },
): Promise<CardRecord> {
  const card = await repos.cards.find(cardId, options);
  if (!card) throw cardNotFound(cardId);
  return card;
}

export const cardNotFound = (cardId: number) => notFound('card.not_found', `no card ${cardId}`, { cardId });

/** The unit hears of the office's steps, the office of the unit's answers. */
async function notifyCard(
  repos: Repositories,
  notice: { card: CardRecord; step: string; toOffice: boolean; title: string; lines: string[] },
  now: Date,
): Promise<void> {
  const { card, toOffice } = notice;
  const key = `card:${card.id}:${notice.step}`;
  const { title, lines } = notice;
  if (!toOffice) {
    const event = { kind: 'card' as const, key, unitId: card.unitId, taskId: card.taskId, title, lines };
    await notifyUnit(repos, { ...event, periodId: card.periodId }, now);
    return;
  }
  const office = { audience: 'office' as const, unitId: null, taskId: card.taskId, periodId: card.periodId };
  await recordNotices(repos, [{ key, kind: 'card', ...office, title, lines }], now);
}

async function auditCard(
  repos: Repositories,
  input: { actor: Actor; at: Date; action: string; before: CardRecord | null; after: CardRecord },
): Promise<void> {
  const state = (card: CardRecord | null) => card && { state: card.state, color: card.color };
  await repos.audit.append(
    auditEvent({
      actor: input.actor,
      at: input.at,
      action: input.action,
      entityType: 'card',
      entityId: input.after.id,
      before: state(input.before),
      after: { ...state(input.after), step: input.after.history.at(-1)?.text ?? null },
    }),
  );
}
