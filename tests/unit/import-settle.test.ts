import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isDomainError } from '../../src/core/errors.ts';
import { checkColumnRoles } from '../../src/core/plan/import-columns.ts';
import { settle, type SettleContext } from '../../src/core/plan/import-settle.ts';
import type { Task } from '../../src/core/plan/plan.types.ts';

const task = (seq: number, text: string, lead: string[], co: string[] = []): Task => ({
  seq,
  path: ['一'],
  text,
  leadUnits: lead,
  responsibleUnits: co,
  assignment: 'certain',
  complete: true,
  indicators: [],
  line: seq * 10,
});
const TASKS = [task(1, '甲任务。', ['市财政局']), task(2, '乙任务。3.丙任务。', ['市商务局'], ['市财政局'])];
const ctx: SettleContext = {
  resolveUnit: (name) => (['市财政局', '市商务局'].includes(name) ? name : null),
  matchable: new Set(['市工业和信息化局']),
  directoryUnits: new Map([[7, { namedInNotice: false }]]),
  carryable: new Set([99]),
};
const refusedWith = (code: string) => (error: unknown) => isDomainError(error) && error.code === code;

describe('decisions replayed over an import', () => {
  it("a merged task takes the next task's text and units, and the next task is gone", () => {
    const state = settle(TASKS, [{ kind: 'merge', key: 't1' }], ctx);
    assert.deepEqual(
      state.tasks.map((t) => [t.key, t.text, t.leadUnits, t.responsibleUnits]),
      [['t0', '甲任务。乙任务。3.丙任务。', ['市财政局', '市商务局'], []]],
    );
  });

  it('a split at a place makes a second task with its own number, the written number dropped', () => {
    const at = '乙任务。'.length;
    const state = settle(TASKS, [{ kind: 'split', key: 't1', at, seq: 3 }], ctx);
    assert.deepEqual(
      state.tasks.map((t) => [t.key, t.seq, t.text]),
      [
        ['t0', 1, '甲任务。'],
        ['t1', 2, '乙任务。'],
        ['t1/0', 3, '丙任务。'],
      ],
    );
  });

  it('not a task and restore toggle; restoring a task that is not excluded is refused', () => {
    const state = settle(
      TASKS,
      [
        { kind: 'not_task', key: 't0' },
        { kind: 'restore', key: 't0' },
      ],
      ctx,
    );
    assert.equal(state.notTasks.size, 0);
    assert.throws(
      () => settle(TASKS, [{ kind: 'restore', key: 't0' }], ctx),
      refusedWith('import_decision.not_excluded'),
    );
  });

  it('picked units keep known names, accept a typed unit, and refuse a list typed as one name', () => {
    const state = settle(
      TASKS,
      [{ kind: 'units', key: 't0', leadUnits: ['市消费专班'], responsibleUnits: ['市财政局'] }],
      ctx,
    );
    assert.deepEqual(state.units.get('t0'), { leadUnits: ['市消费专班'], responsibleUnits: ['市财政局'] });
    assert.throws(
      () =>
        settle(
          TASKS,
          [{ kind: 'units', key: 't0', leadUnits: ['市财政局、市商务局'], responsibleUnits: [] }],
          ctx,
        ),
      refusedWith('import_decision.bad_unit_name'),
    );
  });

  it('the first task cannot merge, and a split must fall inside the text', () => {
    assert.throws(
      () => settle(TASKS, [{ kind: 'merge', key: 't0' }], ctx),
      refusedWith('import_decision.nothing_before'),
    );
    assert.throws(
      () => settle(TASKS, [{ kind: 'split', key: 't0', at: 40, seq: 5 }], ctx),
      refusedWith('import_decision.split_outside'),
    );
  });

  it("unit matches name only the notice's unmatched names and directory units; carry only open tasks", () => {
    const state = settle(
      TASKS,
      [
        { kind: 'unit_match', name: '市工业和信息化局', unitId: 7, keep: 'rename' },
        { kind: 'carry', taskId: 99, carry: true },
      ],
      ctx,
    );
    assert.deepEqual(state.unitMatches.get('市工业和信息化局'), { unitId: 7, keep: 'rename' });
    assert.deepEqual([...state.carried], [99]);
    assert.throws(
      () => settle(TASKS, [{ kind: 'carry', taskId: 5, carry: true }], ctx),
      refusedWith('import_decision.not_carryable'),
    );
  });

  it('column roles need the task column and a unit column, each role once', () => {
    assert.doesNotThrow(() => checkColumnRoles(['seq', 'text', 'responsible', 'lead'], 4));
    assert.throws(
      () => checkColumnRoles(['seq', 'text', 'lead', 'lead'], 4),
      refusedWith('import_decision.columns_repeated'),
    );
    assert.throws(
      () => checkColumnRoles(['seq', 'text', 'ignore'], 3),
      refusedWith('import_decision.columns_missing'),
    );
  });
});
