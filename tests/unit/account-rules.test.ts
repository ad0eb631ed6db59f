import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { roleUnitProblem } from '../../src/core/account/account-rules.ts';
import {
  DEFAULT_THROTTLE_RULE as RULE,
  afterFailedLogin,
  isAddressBlocked,
  isLocked,
} from '../../src/core/account/login-throttle.ts';
import { isValidLogin, normaliseLogin, passwordProblems } from '../../src/core/account/password-rules.ts';

const NOW = new Date('2024-04-10T01:00:00Z');
const minutes = (n: number) => new Date(NOW.getTime() + n * 60_000);

describe('login throttling', () => {
  test('the fifth consecutive failure locks the account for 15 minutes', () => {
    let state = { failedAttempts: 0, lockedUntil: null as Date | null };
    for (let attempt = 1; attempt <= 4; attempt++) {
      const next = afterFailedLogin({ ...state, now: NOW, rule: RULE });
      assert.equal(next.lockedNow, false);
      state = next;
    }
    const fifth = afterFailedLogin({ ...state, now: NOW, rule: RULE });
    assert.equal(fifth.lockedNow, true);
    assert.deepEqual(fifth.lockedUntil, minutes(15));
  });

  test('a lock holds until its end and not a moment after', () => {
    assert.equal(isLocked(minutes(15), minutes(14)), true);
    assert.equal(isLocked(minutes(15), minutes(15)), false);
    assert.equal(isLocked(null, NOW), false);
  });

  test('after a lock expires the failure count starts again from one', () => {
    const next = afterFailedLogin({ failedAttempts: 5, lockedUntil: minutes(-1), now: NOW, rule: RULE });
    assert.deepEqual(next, { failedAttempts: 1, lockedUntil: null, lockedNow: false });
  });

  test('an address is blocked from its twentieth failure within the window', () => {
    assert.equal(isAddressBlocked(19, RULE), false);
    assert.equal(isAddressBlocked(20, RULE), true);
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
