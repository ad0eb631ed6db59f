// 保存并填下一项 picks the unit's next task still to file: after the current one in worklist order,
// wrapping round, never a filing already with the approver or the office.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { WorklistItem } from '../../web/src/api/reports.types.ts';
import { nextOpenTask } from '../../web/src/pages/reports/workbench/workbench-model.ts';

const item = (id: number, state: WorklistItem['state']): WorklistItem => ({
  task: { id, seq: id, text: `任务${id}`, path: ['一'] },
  role: 'responsible',
  roleLabel: '责任单位',
  kind: 'unit_input',
  viaGroup: null,
  reportId: state === 'todo' ? null : id,
  rev: state === 'todo' ? 0 : 1,
  reportState: state === 'todo' ? null : state === 'awaiting_sign_off' ? 'submitted' : 'draft',
  state,
  stateLabel: state,
  dueOn: '2024-04-05',
  daysToDue: 3,
  late: false,
  overdue: false,
});

test('the next task to file comes after the current one, skipping filings already submitted', () => {
  const items = [item(1, 'draft'), item(2, 'todo'), item(3, 'awaiting_sign_off'), item(4, 'todo')];
  assert.equal(nextOpenTask(items, 2)?.task.id, 4);
  assert.equal(nextOpenTask(items, 1)?.task.id, 2);
});

test('past the last task it wraps round to the first still open', () => {
  const items = [item(1, 'draft'), item(2, 'awaiting_sign_off'), item(3, 'todo')];
  assert.equal(nextOpenTask(items, 3)?.task.id, 1);
});

test('with nothing else open there is no next task', () => {
  const items = [item(1, 'todo'), item(2, 'awaiting_sign_off')];
  assert.equal(nextOpenTask(items, 1), null);
});
