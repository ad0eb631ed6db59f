import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { Role } from '../../src/core/policy/policy.types.ts';
import { CONTENT_LIMITS } from '../../src/core/report/report-content.ts';
import {
  decideSave,
  EDITABLE_BY_ROLE,
  type SaveDecision,
  type SaveRequest,
  type SaveWrite,
  type StoredFiling,
} from '../../src/core/report/save-decision.ts';
import { EMPTY_CONTENT, REPORT_STATES, type ReportContent } from '../../src/core/report/report.types.ts';

const now = new Date('2024-07-01T02:00:00Z');

const current: ReportContent = {
  ...EMPTY_CONTENT,
  progress: '已完成选址',
  selfStatus: 'on_track',
  percentComplete: 40,
  indicatorActuals: [{ indicatorId: 7, value: 12, note: '万元' }],
  attachmentIds: [3],
};

const filing = (over: Partial<StoredFiling> = {}): StoredFiling => ({
  id: 11,
  state: 'draft',
  currentRev: 4,
  content: current,
  ...over,
});

const request = (over: Partial<SaveRequest> = {}): SaveRequest => ({
  filing: filing(),
  previous: null,
  role: 'reporter',
  baseRev: 4,
  patch: { progress: '已完成选址和立项' },
  rules: { content: { indicatorIds: [7] }, editableStates: EDITABLE_BY_ROLE },
  now,
  ...over,
});

function refusal(decision: SaveDecision) {
  assert.ok(decision.refusal, 'the save is refused');
  return { kind: decision.refusal.kind, code: decision.refusal.code, details: decision.refusal.details };
}

function written(decision: SaveDecision): SaveWrite {
  assert.ok(decision.write, `the save goes through: ${decision.refusal?.code ?? ''}`);
  return decision.write;
}

describe('the decision on a save', () => {
  test('a save of a draft from its current revision writes the next revision with the patch applied, at the time given', () => {
    const write = written(decideSave(request()));
    assert.deepEqual(write, {
      content: { ...current, progress: '已完成选址和立项' },
      rev: 5,
      noop: false,
      attachmentsChanged: false,
      at: now,
    });
  });

  test("the unit's clerk and approver save a draft or a returned filing, and no other state", () => {
    for (const role of ['reporter', 'approver'] as const) {
      const saves = REPORT_STATES.filter((state) =>
        Boolean(decideSave(request({ role, filing: filing({ state }) })).write),
      );
      assert.deepEqual(saves, ['draft', 'returned'], role);
    }
  });

  test('a submitted or signed-off filing is refused as not editable, naming its state', () => {
    for (const state of ['submitted', 'signed_off'] as const) {
      assert.deepEqual(refusal(decideSave(request({ filing: filing({ state }) }))), {
        kind: 'conflict',
        code: 'report.not_editable',
        details: { reportId: 11, state },
      });
    }
  });

  test('an accepted filing is refused as accepted, before its revision is looked at', () => {
    assert.deepEqual(refusal(decideSave(request({ baseRev: 1, filing: filing({ state: 'accepted' }) }))), {
      kind: 'conflict',
      code: 'report.already_accepted',
      details: { reportId: 11 },
    });
  });

  test('a role the rules do not name saves nothing, not even a first save', () => {
    const office: Role = 'supervisor';
    assert.equal(refusal(decideSave(request({ role: office }))).code, 'report.not_editable');
    const first = decideSave(request({ role: office, filing: null, baseRev: 0 }));
    assert.equal(refusal(first).code, 'report.not_editable');
  });

  test('the rules decide which states a role saves in', () => {
    const rules = { content: { indicatorIds: [7] }, editableStates: { approver: ['submitted'] as const } };
    assert.ok(decideSave(request({ rules, role: 'approver', filing: filing({ state: 'submitted' }) })).write);
    assert.equal(refusal(decideSave(request({ rules, role: 'approver' }))).code, 'report.not_editable');
  });

  test('a save from an older revision is refused with the current revision and its content to merge with', () => {
    assert.deepEqual(refusal(decideSave(request({ baseRev: 3 }))), {
      kind: 'conflict',
      code: 'report.stale_revision',
      details: { reportId: 11, baseRev: 3, currentRev: 4, state: 'draft', current },
    });
  });

  test('a save that claims a revision of a filing not saved yet is stale against nothing', () => {
    assert.deepEqual(refusal(decideSave(request({ filing: null, baseRev: 2 }))), {
      kind: 'conflict',
      code: 'report.stale_revision',
      details: { reportId: null, baseRev: 2, currentRev: 0, state: null, current: null },
    });
  });

  test('a save that leaves the content as it is (after trimming) is a no-op on the current revision', () => {
    const write = written(decideSave(request({ patch: { progress: ' 已完成选址\n', percentComplete: 40 } })));
    assert.deepEqual(write, { content: current, rev: 4, noop: true, attachmentsChanged: false, at: now });
    const unchangedNote = request({
      patch: { indicatorActuals: [{ indicatorId: 7, value: 12, note: '万元' }] },
    });
    assert.equal(written(decideSave(unchangedNote)).noop, true);
  });

  test('any changed field is a write, an indicator note or a cleared status alike', () => {
    const patches = [
      { indicatorActuals: [{ indicatorId: 7, value: 12 }] },
      { selfStatus: null },
      { attachmentIds: [3, 4] },
    ];
    for (const patch of patches) {
      const write = written(decideSave(request({ patch })));
      assert.equal(write.noop, false, JSON.stringify(patch));
      assert.equal(write.rev, 5);
    }
  });

  test('a change of the files the filing carries is marked, so the path that checks them writes it', () => {
    assert.equal(written(decideSave(request({ patch: { attachmentIds: [3, 4] } }))).attachmentsChanged, true);
    assert.equal(written(decideSave(request({ patch: { attachmentIds: [3] } }))).attachmentsChanged, false);
  });

  test('content over the limits is refused with every issue at once', () => {
    const patch = {
      progress: '进'.repeat(CONTENT_LIMITS.progress + 1),
      problems: '问'.repeat(CONTENT_LIMITS.problems + 1),
      attachmentIds: Array.from({ length: CONTENT_LIMITS.attachments + 1 }, (_, i) => i + 1),
    };
    const refused = refusal(decideSave(request({ patch })));
    assert.equal(refused.kind, 'invalid');
    assert.equal(refused.code, 'report.invalid_content');
    const issues = refused.details.issues as { path: string; code: string }[];
    assert.deepEqual(
      issues.map((issue) => `${issue.path}:${issue.code}`),
      ['progress:too_long', 'problems:too_long', 'attachmentIds:too_many'],
    );
  });

  test('content against the task is refused too: an indicator the task does not have', () => {
    const patch = { indicatorActuals: [{ indicatorId: 8, value: 1 }] };
    assert.equal(refusal(decideSave(request({ patch }))).code, 'report.invalid_content');
  });

  test("a first save starts from last quarter's filing without its files, as revision 1", () => {
    const previous = { ...current, problems: '资金未到位' };
    const write = written(
      decideSave(request({ filing: null, previous, baseRev: 0, patch: { percentComplete: 60 } })),
    );
    assert.deepEqual(write, {
      content: { ...previous, percentComplete: 60, attachmentIds: [] },
      rev: 1,
      noop: false,
      attachmentsChanged: true,
      at: now,
    });
  });

  test('a first save with nothing to carry over starts empty, and is written even when empty', () => {
    const write = written(decideSave(request({ filing: null, baseRev: 0, patch: {} })));
    assert.deepEqual(write.content, EMPTY_CONTENT);
    assert.equal(write.noop, false);
    assert.equal(write.rev, 1);
  });
});
