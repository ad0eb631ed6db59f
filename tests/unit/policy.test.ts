import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { ANONYMOUS, assertCan, can, decide } from '../../src/core/policy/policy.ts';
import type { AccountRole, Action, Actor } from '../../src/core/policy/policy.types.ts';

const account = (role: AccountRole, unitId: number | null = null, mustChangePassword = false): Actor => ({
  kind: 'account',
  accountId: 1,
  role,
  unitId,
  mustChangePassword,
});

const admin = account('admin');
const supervisor = account('supervisor');
const leader = account('leader');
const reporter7 = account('reporter', 7);
const approver7 = account('approver', 7);
const operator: Actor = { kind: 'system', role: 'admin', label: 'cli' };

describe('authorization policy', () => {
  test('only admins (and the operator at the server) manage accounts, units, plans and periods', () => {
    for (const action of ['account.manage', 'unit.manage', 'plan.manage', 'period.manage'] as const) {
      assert.equal(can(admin, action), true, action);
      assert.equal(can(operator, action), true, action);
      for (const other of [supervisor, leader, reporter7, approver7])
        assert.equal(can(other, action), false, action);
    }
  });

  test('a reporter edits and submits its own unit’s report but not another unit’s', () => {
    assert.equal(can(reporter7, 'report.edit', { unitId: 7 }), true);
    assert.equal(can(reporter7, 'report.submit', { unitId: 7 }), true);
    assert.equal(can(reporter7, 'report.edit', { unitId: 8 }), false);
    assert.equal(can(reporter7, 'report.submit', { unitId: 8 }), false);
  });

  test('only the unit’s approver signs its reports off', () => {
    assert.equal(can(approver7, 'report.sign_off', { unitId: 7 }), true);
    assert.equal(can(approver7, 'report.sign_off', { unitId: 8 }), false);
    assert.equal(can(reporter7, 'report.sign_off', { unitId: 7 }), false);
    assert.equal(can(supervisor, 'report.sign_off', { unitId: 7 }), false);
  });

  test('only the supervision office reviews reports, issues warnings and closes periods', () => {
    for (const action of ['report.review', 'warning.issue', 'period.close'] as const) {
      assert.equal(can(supervisor, action), true, action);
      const others: Actor[] = [admin, leader, reporter7, approver7, operator];
      for (const other of others) assert.equal(can(other, action), false, action);
    }
  });

  test('a co-unit cannot read another unit’s unpublished report', () => {
    assert.equal(can(reporter7, 'report.read', { unitId: 8 }), false);
  });

  test('a lead unit reads its co-units’ inputs for its tasks', () => {
    assert.equal(can(reporter7, 'report.read', { unitId: 8, leadUnitIds: [7] }), true);
    assert.equal(can(reporter7, 'report.read', { unitId: 8, leadUnitIds: [9] }), false);
  });

  test('leaders read everything but change nothing', () => {
    assert.equal(can(leader, 'report.read', { unitId: 8 }), true);
    assert.equal(can(leader, 'dashboard.read'), true);
    const writes: Action[] = [
      'report.edit',
      'report.submit',
      'report.review',
      'account.manage',
      'plan.manage',
    ];
    for (const action of writes) assert.equal(can(leader, action, { unitId: 8 }), false, action);
  });

  test('the public reads the plan and published reports only, and is told to sign in otherwise', () => {
    assert.equal(can(ANONYMOUS, 'plan.read'), true);
    assert.equal(can(ANONYMOUS, 'report.read', { unitId: 8, published: true }), true);
    const refused = decide(ANONYMOUS, 'report.read', { unitId: 8 });
    assert.deepEqual(refused.allowed ? null : [refused.kind, refused.code], [
      'unauthenticated',
      'auth.required',
    ]);
  });

  test('an account with an initial password may only read itself, sign out and change it', () => {
    const fresh = account('admin', null, true);
    assert.equal(can(fresh, 'session.read'), true);
    assert.equal(can(fresh, 'session.logout'), true);
    assert.equal(can(fresh, 'account.change_own_password'), true);
    const refused = decide(fresh, 'account.manage');
    assert.deepEqual(refused.allowed ? null : [refused.kind, refused.code], [
      'forbidden',
      'account.must_change_password',
    ]);
  });

  test('a unit role without a unit acts on no unit’s records', () => {
    assert.equal(can(account('reporter', null), 'report.edit', { unitId: 7 }), false);
    assert.equal(can(reporter7, 'report.edit', {}), false);
  });

  test('assertCan throws the refusal as a DomainError with its kind and code', () => {
    assert.throws(() => assertCan(reporter7, 'account.manage'), {
      code: 'auth.forbidden',
      kind: 'forbidden',
    });
    assert.doesNotThrow(() => assertCan(admin, 'account.manage'));
  });
});
