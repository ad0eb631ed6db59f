import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { burdenOf, INPUT_FORM_FIELDS } from '../../src/core/supervision/burden.ts';
import {
  assertClaim,
  decideCompletion,
  owedAfterCompletion,
  tasksLeftLoop,
} from '../../src/core/supervision/completion.ts';
import { assertExtensionRequest, decideExtension } from '../../src/core/supervision/extension-rules.ts';
import { filingLight } from '../../src/core/supervision/filing-light.ts';
import { DEFAULT_LIGHT_RULES } from '../../src/core/supervision/light-rules.ts';
import { DEFAULT_PLAN_RULES, validatePlanRules } from '../../src/core/supervision/plan-rules.ts';
import { diffSnapshots, type PeriodSnapshot } from '../../src/core/supervision/snapshot.ts';
import { noticeMarkdown, webhookPayload } from '../../src/core/supervision/webhook-payload.ts';

const at = (iso: string) => new Date(iso);

describe('completion claims', () => {
  test('a claim needs its evidence in words, and only one claim is open at a time', () => {
    assert.throws(() => assertClaim({ evidence: ' ', openStates: [] }), {
      code: 'completion.evidence_required',
    });
    assert.throws(() => assertClaim({ evidence: '已竣工', openStates: ['claimed'] }), {
      code: 'completion.pending',
    });
    assert.throws(() => assertClaim({ evidence: '已竣工', openStates: ['verified'] }), {
      code: 'completion.already_verified',
    });
    assert.doesNotThrow(() => assertClaim({ evidence: '已竣工', openStates: ['rejected'] }));
  });

  test('a claim is decided once, and a rejection says why', () => {
    assert.equal(decideCompletion('claimed', 'verify', ''), 'verified');
    assert.throws(() => decideCompletion('claimed', 'reject', ''), { code: 'completion.reason_required' });
    assert.throws(() => decideCompletion('verified', 'reject', '不符'), { code: 'completion.decided' });
  });

  test('a task verified complete owes the quarter it was verified in, and none that begin later', () => {
    assert.equal(owedAfterCompletion('2024-Q2', '2024-05-20'), true);
    assert.equal(owedAfterCompletion('2024-Q3', '2024-05-20'), false);
    assert.equal(owedAfterCompletion('2024-Q3', '2024-07-01'), false);
    const left = tasksLeftLoop(
      [
        { taskId: 1, state: 'verified', verifiedOn: '2024-05-20' },
        { taskId: 2, state: 'rejected', verifiedOn: null },
      ],
      '2024-Q4',
    );
    assert.deepEqual([...left], [1]);
  });
});

describe('extension requests', () => {
  const request = {
    requestedDueOn: '2024-07-15',
    currentDueOn: '2024-07-05',
    utcOffsetMinutes: 480,
    reason: '汛期',
  };

  test('a unit asks before its due day ends in the city, for a later date, with a reason', () => {
    assert.doesNotThrow(() => assertExtensionRequest({ ...request, now: at('2024-07-05T15:59:00Z') }));
    assert.throws(() => assertExtensionRequest({ ...request, now: at('2024-07-05T16:00:00Z') }), {
      code: 'extension.too_late',
    });
    assert.throws(
      () =>
        assertExtensionRequest({ ...request, requestedDueOn: '2024-07-05', now: at('2024-07-01T00:00:00Z') }),
      {
        code: 'extension.not_later',
      },
    );
    assert.throws(() => assertExtensionRequest({ ...request, reason: '', now: at('2024-07-01T00:00:00Z') }), {
      code: 'extension.reason_required',
    });
  });

  test('an approval grants a date after the plan’s, a denial needs a reason, and both happen once', () => {
    const pending = {
      status: 'pending' as const,
      baseDueOn: '2024-07-05',
      grantedDueOn: '2024-07-12',
      reason: '',
    };
    assert.equal(decideExtension({ ...pending, decision: 'approve' }), 'approved');
    assert.throws(() => decideExtension({ ...pending, decision: 'approve', grantedDueOn: '2024-07-05' }), {
      code: 'extension.not_later',
    });
    assert.throws(() => decideExtension({ ...pending, decision: 'deny' }), {
      code: 'extension.reason_required',
    });
    assert.throws(() => decideExtension({ ...pending, status: 'approved', decision: 'deny', reason: '否' }), {
      code: 'extension.decided',
    });
  });
});

describe('filing lights and the plan rules', () => {
  test('a unit that reports its task completed uses the same status word as the filing form', () => {
    const light = filingLight({
      period: '2024-Q2',
      dueOn: '2024-07-05',
      now: at('2024-07-10T00:00:00Z'),
      utcOffsetMinutes: 480,
      filing: {
        filedAt: at('2024-07-01T00:00:00Z'),
        selfStatus: 'completed',
        percentComplete: 100,
        indicatorActuals: [],
        returnCount: 0,
      },
      indicators: [],
      completionVerified: false,
      rules: DEFAULT_LIGHT_RULES,
    });
    assert.equal(light.light, 'green');
  });

  test('the default rules are valid, and a holiday that is also a workday is refused', () => {
    assert.doesNotThrow(() => validatePlanRules(DEFAULT_PLAN_RULES));
    const clash = {
      ...DEFAULT_PLAN_RULES,
      calendar: { shiftOffDays: true, holidays: ['2024-10-01'], workdays: ['2024-10-01'] },
    };
    assert.throws(() => validatePlanRules(clash), { code: 'rules.calendar_clash' });
    const badDate = {
      ...DEFAULT_PLAN_RULES,
      calendar: { shiftOffDays: true, holidays: ['2024-02-30'], workdays: [] },
    };
    assert.throws(() => validatePlanRules(badDate), { code: 'date.invalid' });
  });
});

describe('the burden meter, snapshots and robot messages', () => {
  test('each owed filing asks for the form’s fields plus one figure per indicator, and never a screenshot', () => {
    const burden = burdenOf([{ indicatorCount: 2 }, { indicatorCount: 0 }]);
    assert.deepEqual(burden, {
      forms: 2,
      formFields: 2 * INPUT_FORM_FIELDS.length,
      indicatorFields: 2,
      fields: 2 * INPUT_FORM_FIELDS.length + 2,
      screenshotsRequired: 0,
    });
  });

  test('a diff lists changed lights, new cards and every unit’s score delta', () => {
    const base: PeriodSnapshot = { period: '2024-Q1', takenAt: '', lights: [], cards: [], scores: [] };
    const light = (light: 'green' | 'red') => ({
      taskId: 1,
      seq: 1,
      unitId: 7,
      unitName: '市发改委',
      light,
      reasons: [],
    });
    const card = {
      id: 3,
      taskId: 1,
      unitId: 7,
      color: 'red' as const,
      issuedColor: 'red' as const,
      state: 'issued' as const,
    };
    const before = {
      ...base,
      lights: [light('green')],
      scores: [{ unitId: 7, unitName: '市发改委', total: 30, rank: 1 }],
    };
    const after: PeriodSnapshot = {
      ...base,
      period: '2024-Q2',
      lights: [light('red')],
      cards: [card],
      scores: [{ unitId: 7, unitName: '市发改委', total: 0, rank: 1 }],
    };
    const diff = diffSnapshots(before, after);
    assert.deepEqual(diff.lightsChanged, [{ taskId: 1, unitId: 7, from: 'green', to: 'red' }]);
    assert.deepEqual(diff.newCards, [card]);
    assert.deepEqual(diff.scoreDeltas, [{ unitId: 7, before: 30, after: 0, delta: -30 }]);
  });

  test('DingTalk gets markdown with a title, WeCom markdown content only', () => {
    const message = noticeMarkdown({ kindLabel: '催办', title: '二季度第15项', lines: ['请立即报送'] });
    assert.deepEqual(webhookPayload('dingtalk', message), {
      msgtype: 'markdown',
      markdown: { title: '【催办】二季度第15项', text: '### 【催办】二季度第15项\n\n- 请立即报送' },
    });
    assert.deepEqual(webhookPayload('wecom', message), {
      msgtype: 'markdown',
      markdown: { content: '### 【催办】二季度第15项\n\n- 请立即报送' },
    });
  });
});
