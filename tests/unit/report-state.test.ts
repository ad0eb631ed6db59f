import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { DomainError } from '../../src/core/errors.ts';
import {
  allowedEvents,
  assertEditable,
  assertRevisable,
  nextState,
  returnReasons,
} from '../../src/core/report/report-state.ts';
import type { ReportState, TransitionEvent } from '../../src/core/report/report.types.ts';

const refusal = (work: () => unknown): string => {
  try {
    work();
  } catch (error) {
    assert.ok(error instanceof DomainError);
    return `${error.kind}:${error.code}`;
  }
  return 'allowed';
};

describe('the report state machine', () => {
  test('the loop runs draft → submitted → signed off → accepted', () => {
    assert.equal(nextState('draft', 'submit'), 'submitted');
    assert.equal(nextState('submitted', 'sign_off'), 'signed_off');
    assert.equal(nextState('signed_off', 'accept'), 'accepted');
  });

  test('a returned report is resubmitted through the approver again', () => {
    assert.equal(nextState('signed_off', 'return'), 'returned');
    assert.equal(nextState('returned', 'submit'), 'submitted');
  });

  test('the office decides only on signed-off reports', () => {
    for (const state of ['draft', 'submitted', 'returned'] as const) {
      assert.equal(
        refusal(() => nextState(state, 'accept')),
        'conflict:report.invalid_transition',
        state,
      );
      assert.equal(
        refusal(() => nextState(state, 'return')),
        'conflict:report.invalid_transition',
        state,
      );
    }
  });

  test('nothing happens to an accepted report: every event answers report.already_accepted', () => {
    for (const event of ['submit', 'sign_off', 'return', 'accept'] as TransitionEvent[]) {
      assert.equal(
        refusal(() => nextState('accepted', event)),
        'conflict:report.already_accepted',
        event,
      );
    }
    assert.equal(
      refusal(() => assertEditable('accepted')),
      'conflict:report.already_accepted',
    );
  });

  test('only drafts and returned reports can be edited', () => {
    const editable = (state: ReportState) => refusal(() => assertEditable(state)) === 'allowed';
    assert.deepEqual(
      (['draft', 'submitted', 'signed_off', 'returned', 'accepted'] as const).filter(editable),
      ['draft', 'returned'],
    );
    assert.equal(
      refusal(() => assertEditable('submitted')),
      'conflict:report.not_editable',
    );
  });

  test('allowed events tell the pages which buttons to show', () => {
    assert.deepEqual(allowedEvents('draft'), ['save', 'submit']);
    assert.deepEqual(allowedEvents('signed_off'), ['return', 'accept']);
    assert.deepEqual(allowedEvents('accepted'), []);
    assert.deepEqual(allowedEvents('submitted'), ['withdraw', 'send_back', 'sign_off', 'revise']);
  });

  test('inside the unit a submitted filing goes back to a draft, never to the office’s returned', () => {
    assert.equal(nextState('submitted', 'withdraw'), 'draft');
    assert.equal(nextState('submitted', 'send_back'), 'draft');
    for (const state of ['draft', 'signed_off', 'returned'] as const) {
      for (const event of ['withdraw', 'send_back'] as const) {
        assert.equal(
          refusal(() => nextState(state, event)),
          'conflict:report.invalid_transition',
          state,
        );
      }
      assert.equal(
        refusal(() => assertRevisable(state)),
        'conflict:report.invalid_transition',
        state,
      );
    }
    assert.equal(
      refusal(() => assertRevisable('submitted')),
      'allowed',
    );
    assert.equal(
      refusal(() => assertRevisable('accepted')),
      'conflict:report.already_accepted',
    );
  });

  test('a return needs reasons, trimmed, of bounded length', () => {
    assert.equal(returnReasons('  数据不全  '), '数据不全');
    assert.equal(
      refusal(() => returnReasons('   ')),
      'invalid:report.reasons_required',
    );
    assert.equal(
      refusal(() => returnReasons(undefined)),
      'invalid:report.reasons_required',
    );
    assert.equal(
      refusal(() => returnReasons('长'.repeat(2001))),
      'invalid:report.reasons_too_long',
    );
  });
});
