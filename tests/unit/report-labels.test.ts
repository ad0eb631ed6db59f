import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { conflict } from '../../src/core/errors.ts';
import { changedFieldLabels, revisionNote } from '../../src/core/report/report-changes.ts';
import { refusalReason } from '../../src/core/report/refusal-reasons.ts';
import { PROGRESS_LABELS, REPORT_STATE_LABELS } from '../../src/core/report/report-labels.ts';
import { EMPTY_CONTENT } from '../../src/core/report/report.types.ts';

describe('one set of names for a filing', () => {
  test('a state and the standing it gives carry the same name', () => {
    assert.equal(REPORT_STATE_LABELS.submitted, PROGRESS_LABELS.awaiting_sign_off);
    assert.equal(REPORT_STATE_LABELS.signed_off, PROGRESS_LABELS.submitted);
    assert.equal(REPORT_STATE_LABELS.accepted, PROGRESS_LABELS.accepted);
    assert.equal(REPORT_STATE_LABELS.returned, PROGRESS_LABELS.returned);
    const names = Object.values(REPORT_STATE_LABELS);
    assert.equal(new Set(names).size, names.length, 'no two states share a name');
  });

  test('a refused row reads in Chinese, naming the state and the act', () => {
    const wrongState = conflict('report.invalid_transition', 'x', { state: 'draft', event: 'sign_off' });
    assert.equal(refusalReason(wrongState), '该报告当前为「草稿」,不能签发');
    const stale = conflict('report.stale_revision', 'x', { baseRev: 2, currentRev: 3 });
    assert.equal(refusalReason(stale), '该报告已被他人更新(现为第3版,您看到的是第2版),请刷新后重试');
    assert.equal(refusalReason(conflict('something.else', 'x')), '无法处理该报告,请打开报告查看');
  });

  test("an approver's edit names the fields it changed, in the form's order", () => {
    const before = { ...EMPTY_CONTENT, progress: '推进中', percentComplete: 40 };
    const after = { ...before, problems: '资金缺口', percentComplete: 50 };
    assert.deepEqual(changedFieldLabels(before, after), ['完成进度', '存在问题']);
    assert.deepEqual(changedFieldLabels(before, before), []);
    assert.equal(revisionNote(['完成进度', '存在问题']), '审核人修改了:完成进度、存在问题');
  });
});
