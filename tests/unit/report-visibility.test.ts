import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { ANONYMOUS } from '../../src/core/policy/policy.ts';
import type { AccountRole, Actor } from '../../src/core/policy/policy.types.ts';
import { reportVisibility, revisionVisible, type VisibilityFacts } from '../../src/core/report/visibility.ts';

const account = (role: AccountRole, unitId: number | null = null, mustChangePassword = false): Actor => ({
  kind: 'account',
  accountId: 1,
  role,
  unitId,
  mustChangePassword,
});
const LEAD = 1;
const CO = 2;
const OTHER_CO = 3;
const input = (patch: Partial<VisibilityFacts> = {}): VisibilityFacts => ({
  unitId: CO,
  kind: 'unit_input',
  state: 'draft',
  filed: false,
  leadUnitIds: [LEAD],
  ...patch,
});

describe('who sees how much of a filing', () => {
  test('the filing unit sees all of it', () => {
    assert.equal(reportVisibility(account('reporter', CO), input()), 'full');
  });

  test("a co-unit never sees another co-unit's filing", () => {
    assert.equal(reportVisibility(account('reporter', OTHER_CO), input()), 'none');
    assert.equal(
      reportVisibility(account('reporter', OTHER_CO), input({ state: 'accepted', filed: true })),
      'none',
    );
  });

  test('the lead sees a co-unit input only once the co-unit has signed it off', () => {
    assert.equal(reportVisibility(account('approver', LEAD), input()), 'none');
    assert.equal(
      reportVisibility(account('approver', LEAD), input({ state: 'returned', filed: true })),
      'filed',
    );
  });

  test("the office sees a draft's state, and a filed report's filed versions", () => {
    assert.equal(reportVisibility(account('supervisor'), input()), 'state');
    assert.equal(reportVisibility(account('leader'), input({ state: 'signed_off', filed: true })), 'filed');
  });

  test('an accepted task report is published to everyone; nothing else is', () => {
    const accepted = input({ kind: 'task_report', unitId: LEAD, state: 'accepted', filed: true });
    assert.equal(reportVisibility(ANONYMOUS, accepted), 'published');
    assert.equal(reportVisibility(account('reporter', OTHER_CO), accepted), 'published');
    assert.equal(reportVisibility(ANONYMOUS, input({ state: 'accepted', filed: true })), 'none');
  });

  test('an account that must change its password sees nothing', () => {
    assert.equal(reportVisibility(account('reporter', CO, true), input()), 'none');
  });

  test('the filed view shows the versions that left the unit, never the saves', () => {
    assert.deepEqual(
      (['save', 'submit', 'sign_off', 'return', 'accept'] as const).filter((event) =>
        revisionVisible('filed', event),
      ),
      ['sign_off', 'return', 'accept'],
    );
    assert.equal(revisionVisible('state', 'sign_off'), false);
  });
});
