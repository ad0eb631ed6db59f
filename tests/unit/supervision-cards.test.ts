import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { Card, CardColor } from '../../src/core/supervision/cards.ts';
import {
  answerCard,
  closeCard,
  isRectificationOverdue,
  issueCard,
  lowerCard,
  rejectAnswer,
} from '../../src/core/supervision/cards.ts';

const CHINA = 480;
const SUPERVISOR = 2;
const REPORTER = 7;
const at = (day: number): Date => new Date(Date.UTC(2024, 7, day, 2));

function issued(color: CardColor): Card {
  return issueCard({
    id: 1,
    taskId: 15,
    unitId: 11,
    period: '2024-Q2',
    color,
    reason: '二季度填报逾期6天,完成35%',
    rectifyBy: '2024-08-20',
    issuedBy: SUPERVISOR,
    at: at(1),
    utcOffsetMinutes: CHINA,
  });
}

const answer = { by: REPORTER, at: at(10), text: '已补报并制定赶进度计划' };
const confirm = { by: SUPERVISOR, at: at(15), text: '进度已追上' };

describe('the card life cycle', () => {
  test('a new card is issued with its reason and rectification deadline', () => {
    const card = issued('red');
    assert.equal(card.state, 'issued');
    assert.equal(card.color, 'red');
    assert.equal(card.issuedColor, 'red');
    assert.equal(card.rectifyBy, '2024-08-20');
    assert.deepEqual(
      card.history.map((step) => step.action),
      ['issue'],
    );
  });

  test('issued -> answered -> closed', () => {
    const closed = closeCard(answerCard(issued('yellow'), answer), confirm);
    assert.equal(closed.state, 'closed');
    assert.deepEqual(
      closed.history.map((step) => `${step.action}:${step.state}`),
      ['issue:issued', 'answer:answered', 'close:closed'],
    );
  });

  test('a red card is lowered to yellow once the catch-up is confirmed, and can then be closed', () => {
    const lowered = lowerCard(answerCard(issued('red'), answer), confirm);
    assert.equal(lowered.state, 'lowered');
    assert.equal(lowered.color, 'yellow');
    assert.equal(lowered.issuedColor, 'red');
    assert.equal(closeCard(lowered, confirm).state, 'closed');
  });

  test('a rejected answer sends the card back to issued for a new answer', () => {
    const rejected = rejectAnswer(answerCard(issued('yellow'), answer), { ...confirm, text: '整改不到位' });
    assert.equal(rejected.state, 'issued');
    assert.equal(answerCard(rejected, answer).state, 'answered');
  });

  test('each act returns a new card and leaves the old one unchanged', () => {
    const card = issued('yellow');
    answerCard(card, answer);
    assert.equal(card.state, 'issued');
    assert.equal(card.history.length, 1);
  });
});

describe('invalid transitions are conflicts with stable codes', () => {
  test('a card cannot be closed or lowered before the unit answers', () => {
    assert.throws(() => closeCard(issued('yellow'), confirm), {
      code: 'card.not_answered',
      kind: 'conflict',
    });
    assert.throws(() => lowerCard(issued('red'), confirm), { code: 'card.not_answered', kind: 'conflict' });
    assert.throws(() => rejectAnswer(issued('red'), confirm), {
      code: 'card.not_answered',
      kind: 'conflict',
    });
  });

  test('a yellow card cannot be lowered, nor a lowered card lowered again', () => {
    const answered = answerCard(issued('yellow'), answer);
    assert.throws(() => lowerCard(answered, confirm), { code: 'card.not_red', kind: 'conflict' });
    const lowered = lowerCard(answerCard(issued('red'), answer), confirm);
    assert.throws(() => lowerCard(lowered, confirm), { code: 'card.not_red', kind: 'conflict' });
  });

  test('an answered card cannot be answered again until the supervisor rejects it', () => {
    const answered = answerCard(issued('red'), answer);
    assert.throws(() => answerCard(answered, answer), { code: 'card.already_answered', kind: 'conflict' });
  });

  test('a lowered card takes no new answer', () => {
    const lowered = lowerCard(answerCard(issued('red'), answer), confirm);
    assert.throws(() => answerCard(lowered, answer), { code: 'card.invalid_transition', kind: 'conflict' });
  });

  test('nothing happens to a closed card', () => {
    const closed = closeCard(answerCard(issued('red'), answer), confirm);
    for (const act of [answerCard, rejectAnswer, lowerCard, closeCard]) {
      assert.throws(() => act(closed, confirm), { code: 'card.closed', kind: 'conflict' });
    }
  });
});

describe('card inputs', () => {
  test('a card needs a reason', () => {
    assert.throws(
      () =>
        issueCard({
          id: 2,
          taskId: 15,
          unitId: 11,
          period: null,
          color: 'yellow',
          reason: '  ',
          rectifyBy: '2024-08-20',
          issuedBy: SUPERVISOR,
          at: at(1),
          utcOffsetMinutes: CHINA,
        }),
      { code: 'card.reason_required', kind: 'invalid' },
    );
  });

  test('a rectification deadline in the past is refused', () => {
    assert.throws(
      () =>
        issueCard({
          id: 2,
          taskId: 15,
          unitId: 11,
          period: null,
          color: 'yellow',
          reason: '未按期填报',
          rectifyBy: '2024-07-31',
          issuedBy: SUPERVISOR,
          at: at(1),
          utcOffsetMinutes: CHINA,
        }),
      { code: 'card.rectify_by_past', kind: 'invalid' },
    );
  });

  test('an empty rectification is refused', () => {
    assert.throws(() => answerCard(issued('yellow'), { ...answer, text: '' }), {
      code: 'card.answer_required',
      kind: 'invalid',
    });
  });

  test('an open card past its rectification day is overdue; a closed one never is', () => {
    const card = issued('red');
    assert.equal(isRectificationOverdue(card, new Date('2024-08-20T15:59:00Z'), CHINA), false);
    assert.equal(isRectificationOverdue(card, new Date('2024-08-20T16:00:00Z'), CHINA), true);
    const closed = closeCard(answerCard(card, answer), confirm);
    assert.equal(isRectificationOverdue(closed, at(30), CHINA), false);
  });

  test('an answered card waits on the supervisor, so it is not overdue', () => {
    assert.equal(isRectificationOverdue(answerCard(issued('red'), answer), at(30), CHINA), false);
  });
});
