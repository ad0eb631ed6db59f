import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { roleUnitProblem } from '../../src/core/account/account-rules.ts';
import {
  DEFAULT_THROTTLE_RULE as RULE,
  NO_FAILURES,
  delaySeconds,
  throttleVerdict,
  type ThrottleFacts,
} from '../../src/core/account/login-throttle.ts';
import { isValidLogin, normaliseLogin, passwordProblems } from '../../src/core/account/password-rules.ts';

const NOW = new Date('2024-04-10T01:00:00Z');
const seconds = (n: number) => new Date(NOW.getTime() + n * 1000);
const tally = (failures: number, lastSecondsAgo = 0) => ({
  failures,
  lastFailureAt: seconds(-lastSecondsAgo),
});
const facts = (over: Partial<ThrottleFacts>): ThrottleFacts => ({
  login: NO_FAILURES,
  pair: NO_FAILURES,
  address: NO_FAILURES,
  knownHere: false,
  ...over,
});

describe('login throttling', () => {
  test('no delay for the first four failures, then 10 s doubling up to five minutes', () => {
    const delays = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 50, 10_000].map((n) => delaySeconds(n, RULE.login));
    assert.deepEqual(delays, [0, 0, 0, 0, 10, 20, 40, 80, 160, 300, 300, 300, 300]);
  });

  test('a delay holds until its end and not a moment after, with the seconds left to wait', () => {
    const during = throttleVerdict(facts({ login: tally(6, 5) }), NOW, RULE);
    assert.deepEqual(during, { throttled: true, scope: 'login', until: seconds(15), retryAfterSeconds: 15 });
    assert.deepEqual(throttleVerdict(facts({ login: tally(6, 20) }), NOW, RULE), { throttled: false });
  });

  test('at an address where the login signed in before, only the failures from that address count', () => {
    const elsewhere = facts({ login: tally(50), knownHere: true });
    assert.deepEqual(throttleVerdict(elsewhere, NOW, RULE), { throttled: false });
    const here = facts({ login: tally(50), pair: tally(7), knownHere: true });
    assert.equal(throttleVerdict(here, NOW, RULE).throttled, true);
  });

  test('an address failing on many logins is slowed, but not for a login known there', () => {
    const spraying = facts({ address: tally(11) });
    assert.deepEqual(throttleVerdict(spraying, NOW, RULE), {
      throttled: true,
      scope: 'address',
      until: seconds(20),
      retryAfterSeconds: 20,
    });
    assert.deepEqual(throttleVerdict({ ...spraying, knownHere: true }, NOW, RULE), { throttled: false });
    assert.deepEqual(throttleVerdict(facts({ address: tally(9) }), NOW, RULE), { throttled: false });
  });

  test('the longest delay that applies is the one answered', () => {
    const verdict = throttleVerdict(
      facts({ login: tally(10), pair: tally(5), address: tally(12) }),
      NOW,
      RULE,
    );
    assert.deepEqual(verdict, {
      throttled: true,
      scope: 'login',
      until: seconds(300),
      retryAfterSeconds: 300,
    });
  });
});

describe('password and login rules', () => {
  test('a password needs at least 10 characters, counted as characters not bytes', () => {
    assert.deepEqual(passwordProblems({ password: 'short', login: 'a' }), ['too_short']);
    assert.deepEqual(passwordProblems({ password: '督查督办系统密码很长', login: 'a' }), []);
  });

  test('a password may not be the login, the current password or one repeated character', () => {
    assert.ok(
      passwordProblems({ password: 'Wang.Xiaoming', login: 'wang.xiaoming' }).includes('same_as_login'),
    );
    const same = passwordProblems({ password: 'unchanged-pw', login: 'a', currentPassword: 'unchanged-pw' });
    assert.ok(same.includes('same_as_current'));
    assert.ok(passwordProblems({ password: 'aaaaaaaaaaaa', login: 'b' }).includes('one_character'));
  });

  test('logins are compared without case or surrounding spaces', () => {
    assert.equal(normaliseLogin('  Wang.XM '), 'wang.xm');
    assert.equal(isValidLogin('wang.xm'), true);
    assert.equal(isValidLogin('王小明'), false);
    assert.equal(isValidLogin('a'), false);
  });

  test('reporters and approvers need a unit; other roles must not have one', () => {
    assert.equal(roleUnitProblem('reporter', null), 'unit_required');
    assert.equal(roleUnitProblem('approver', 3), null);
    assert.equal(roleUnitProblem('supervisor', 3), 'unit_not_allowed');
    assert.equal(roleUnitProblem('leader', null), null);
  });
});
