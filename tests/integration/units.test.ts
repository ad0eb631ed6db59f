import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { latestDirectory } from '../../src/core/unit/directory.ts';
import { getPlanTask } from '../../src/services/plans/plan-tasks.queries.ts';
import { findUnitsOwingInPlan, findUnitsOwingTask } from '../../src/services/plans/units-owing.ts';
import { moveTaskAssignment } from '../../src/services/units/task-assignment.usecases.ts';
import { addUnitAlias, endUnitAlias } from '../../src/services/units/unit-aliases.usecases.ts';
import { setGroupMembers } from '../../src/services/units/unit-groups.usecases.ts';
import { mergeUnit } from '../../src/services/units/unit-merge.usecases.ts';
import { findUnits, getUnit } from '../../src/services/units/units.queries.ts';
import { renameUnit } from '../../src/services/units/units.usecases.ts';
import { testClock } from './support/deterministic.ts';
import { OPERATOR } from './support/http.ts';
import { importPlan, smallNotice } from './support/plans.ts';
import { openTestDatabase, type TestDatabase } from './support/test-database.ts';

const NOTICE = smallNotice(2024, [
  { seq: 1, text: '地区生产总值增长7.5%左右。', lead: ['市发改委'], responsible: ['各县市区政府'] },
  {
    seq: 2,
    text: '规上工业增加值增长8%左右。',
    lead: ['市经信局'],
    responsible: ['市发改委', '开发区管委会'],
  },
  { seq: 3, text: '培育新兴产业。', lead: ['市财政局'], responsible: ['市十大新兴产业推进组成员单位'] },
  { seq: 4, text: '盘活存量用地。', lead: ['市自规局'], responsible: ['各县市区政府', '无为市政府'] },
  { seq: 5, text: '推进县域经济。', lead: ['各县市区政府'], responsible: ['无为市政府'] },
]);
const COUNTIES = [
  '无为市政府',
  '南陵县政府',
  '镜湖区政府',
  '弋江区政府',
  '鸠江区政府',
  '湾沚区政府',
  '繁昌区政府',
];

describe('the unit directory with history', () => {
  let testDb: TestDatabase;
  const clock = testClock();
  let taskIds: Map<number, number>;
  let planId: number;
  const deps = () => ({ actor: OPERATOR, store: testDb.store, clock });
  const unitId = (name: string) => {
    const unit = latestDirectoryCache.find((u) => u.name === name || u.aliases.some((a) => a.alias === name));
    if (!unit) throw new Error(`no unit ${name}`);
    return unit.id;
  };
  let latestDirectoryCache: ReturnType<typeof latestDirectory> = [];
  const refresh = async () => {
    latestDirectoryCache = latestDirectory(await testDb.store.repos.units.loadHistory());
  };
  const owing = async (seq: number, asOf: string) => {
    const result = await findUnitsOwingTask({
      repos: testDb.store.repos,
      taskId: taskIds.get(seq) ?? 0,
      asOf,
    });
    return {
      units: result.units.map((u) => [u.name, u.role, u.viaGroup?.name ?? null]),
      emptyGroups: result.emptyGroups.map((g) => g.name),
    };
  };
  const auditActions = async (entityType: string, id: number) =>
    (await testDb.store.repos.audit.findForEntity(entityType, String(id))).map((e) => e.action);

  before(async () => {
    testDb = await openTestDatabase();
    const { plan } = await importPlan(testDb.store, { bytes: NOTICE, clock });
    planId = plan.id;
    const tasks = await testDb.store.repos.tasks.findByPlan(plan.id, { asOf: '2024-01-01' });
    taskIds = new Map(tasks.map((task) => [task.seq, task.id]));
    await refresh();
  });
  after(async () => {
    await testDb.close();
  });

  test('a task given to a group is owed by every member of the group', async () => {
    assert.deepEqual(await owing(1, '2024-03-31'), {
      units: [['市发改委', 'lead', null], ...COUNTIES.map((name) => [name, 'responsible', '各县市区政府'])],
      emptyGroups: [],
    });
  });

  test('a unit both named and reached through a group owes once: as lead over co-responsible, directly over through a group', async () => {
    const four = await owing(4, '2024-03-31');
    assert.deepEqual(
      four.units.filter(([name]) => name === '无为市政府'),
      [['无为市政府', 'responsible', null]],
    );
    const five = await owing(5, '2024-03-31');
    assert.deepEqual(
      five.units.filter(([name]) => name === '无为市政府'),
      [['无为市政府', 'lead', '各县市区政府']],
    );
    assert.equal(five.units.length, 7);
  });

  test('a group without members owes nothing and is reported as empty', async () => {
    assert.deepEqual(await owing(3, '2024-03-31'), {
      units: [['市财政局', 'lead', null]],
      emptyGroups: ['市十大新兴产业推进组成员单位'],
    });
    const all = await findUnitsOwingInPlan({ repos: testDb.store.repos, planId, asOf: '2024-03-31' });
    assert.deepEqual([...new Set(all.units.map((u) => u.taskId))].length, 5);
  });

  test("setting a group's members from a date changes who owes from that date, not before", async () => {
    const group = unitId('市十大新兴产业推进组成员单位');
    await setGroupMembers({
      ...deps(),
      unitId: group,
      memberIds: [unitId('市发改委'), unitId('市经信局')],
      effectiveOn: '2024-07-01',
    });
    assert.deepEqual((await owing(3, '2024-06-30')).emptyGroups, ['市十大新兴产业推进组成员单位']);
    assert.deepEqual((await owing(3, '2024-07-01')).units, [
      ['市财政局', 'lead', null],
      ['市发改委', 'responsible', '市十大新兴产业推进组成员单位'],
      ['市经信局', 'responsible', '市十大新兴产业推进组成员单位'],
    ]);
    await setGroupMembers({
      ...deps(),
      unitId: group,
      memberIds: [unitId('市经信局')],
      effectiveOn: '2024-10-01',
    });
    assert.deepEqual(
      (await owing(3, '2024-10-01')).units.map(([name]) => name),
      ['市财政局', '市经信局'],
    );
    assert.deepEqual(await auditActions('unit', group), ['unit.set_members', 'unit.set_members']);
  });

  test('a rename keeps history: an earlier as-of read shows the old name, and the old name stays an alias', async () => {
    const id = unitId('市发改委');
    await renameUnit({
      ...deps(),
      unitId: id,
      name: '市发展改革委',
      effectiveOn: '2024-07-01',
      note: '简称调整',
    });
    const before = await findUnits({ ...deps(), asOf: '2024-03-31' });
    const after = await findUnits({ ...deps(), asOf: '2024-07-01' });
    const named = (list: typeof before, unit: number) => list.units.find((u) => u.id === unit);
    assert.equal(named(before, id)?.name, '市发改委');
    assert.equal(named(after, id)?.name, '市发展改革委');
    assert.ok(
      named(after, id)?.aliases.some((a) => a.alias === '市发改委'),
      'the old name is an alias',
    );
    assert.ok(
      !named(after, id)?.aliases.some((a) => a.alias === '市发展改革委'),
      'the new name is no longer an alias',
    );
    const q1 = await getPlanTask({ ...deps(), year: 2024, seq: 1, asOf: '2024-03-31' });
    const q3 = await getPlanTask({ ...deps(), year: 2024, seq: 1, asOf: '2024-09-30' });
    assert.equal(q1.task.leadUnits[0]?.name, '市发改委');
    assert.equal(q3.task.leadUnits[0]?.name, '市发展改革委');
    const detail = await getUnit({ ...deps(), unitId: id });
    assert.deepEqual(
      detail.versions.map((v) => [v.name, v.validFrom, v.validTo, v.reason]),
      [
        ['市发改委', '2024-01-01', '2024-07-01', 'created'],
        ['市发展改革委', '2024-07-01', null, 'renamed'],
      ],
    );
    assert.deepEqual(await auditActions('unit', id), ['unit.rename']);
    await refresh();
  });

  test('a name another unit already carries is refused with unit.name_taken', async () => {
    await assert.rejects(renameUnit({ ...deps(), unitId: unitId('市经信局'), name: '市财政局' }), {
      code: 'unit.name_taken',
      kind: 'conflict',
    });
    await assert.rejects(addUnitAlias({ ...deps(), unitId: unitId('市经信局'), alias: '市发改委' }), {
      code: 'unit.name_taken',
    });
  });

  test('an alias is added and ended from a date; both are audited', async () => {
    const id = unitId('市经信局');
    const { alias } = await addUnitAlias({ ...deps(), unitId: id, alias: '市工信局' });
    await endUnitAlias({ ...deps(), unitId: id, aliasId: alias.id, effectiveOn: '2024-12-01' });
    const november = await findUnits({ ...deps(), asOf: '2024-11-30' });
    const december = await findUnits({ ...deps(), asOf: '2024-12-01' });
    const has = (list: typeof november) =>
      list.units.find((u) => u.id === id)?.aliases.some((a) => a.alias === '市工信局');
    assert.deepEqual([has(november), has(december)], [true, false]);
    assert.deepEqual(await auditActions('unit', id), ['unit.add_alias', 'unit.end_alias']);
  });

  test("moving a task's lead from a date ends the old row, starts a new one with the reason, and moves who owes", async () => {
    const taskId = taskIds.get(2) ?? 0;
    const { ended, started } = await moveTaskAssignment({
      ...deps(),
      taskId,
      fromUnitId: unitId('市经信局'),
      toUnitId: unitId('市科技局'),
      effectiveOn: '2024-07-01',
      reason: '职能划转',
    });
    assert.deepEqual(
      ended.map((row) => [row.validFrom, row.validTo]),
      [['2024-01-01', '2024-07-01']],
    );
    assert.deepEqual(
      [started.validFrom, started.validTo, started.source, started.reason],
      ['2024-07-01', null, 'manual', '职能划转'],
    );
    assert.deepEqual((await owing(2, '2024-06-30')).units[0], ['市经信局', 'lead', null]);
    assert.deepEqual((await owing(2, '2024-07-01')).units[0], ['市科技局', 'lead', null]);
    const { history } = await getPlanTask({ ...deps(), year: 2024, seq: 2 });
    assert.deepEqual(
      history.filter((a) => a.role === 'lead').map((a) => [a.unitName, a.validFrom, a.validTo]),
      [
        ['市经信局', '2024-01-01', '2024-07-01'],
        ['市科技局', '2024-07-01', null],
      ],
    );
    assert.deepEqual(await auditActions('task', taskId), ['task.move_assignment']);
  });

  test('moving the lead onto a co-responsible unit ends its co-responsible share; a wrong move is refused', async () => {
    const taskId = taskIds.get(4) ?? 0;
    const move = {
      ...deps(),
      taskId,
      fromUnitId: unitId('市自规局'),
      toUnitId: unitId('无为市政府'),
      reason: '属地负责',
    };
    const { ended } = await moveTaskAssignment({ ...move, effectiveOn: '2024-08-01' });
    assert.deepEqual(
      ended.map((row) => row.role),
      ['lead', 'responsible'],
    );
    assert.deepEqual(
      (await owing(4, '2024-08-01')).units.filter(([name]) => name === '无为市政府'),
      [['无为市政府', 'lead', null]],
    );
    await assert.rejects(moveTaskAssignment({ ...move, effectiveOn: '2024-09-01' }), {
      code: 'assignment.not_found',
    });
    await assert.rejects(
      moveTaskAssignment({ ...move, fromUnitId: move.toUnitId, effectiveOn: '2024-09-01' }),
      {
        code: 'assignment.same_unit',
      },
    );
    await assert.rejects(moveTaskAssignment({ ...move, reason: ' ', effectiveOn: '2024-09-01' }), {
      code: 'assignment.reason_required',
    });
  });

  test('merging a unit hands its assignments from that date to the successor; earlier dates keep the old unit', async () => {
    const from = unitId('市财政局');
    const into = unitId('市国资委');
    const { movedAssignments } = await mergeUnit({
      ...deps(),
      unitId: from,
      intoUnitId: into,
      effectiveOn: '2024-10-01',
      note: '机构改革',
    });
    assert.equal(movedAssignments, 1);
    assert.deepEqual((await owing(3, '2024-09-30')).units[0], ['市财政局', 'lead', null]);
    assert.deepEqual((await owing(3, '2024-10-01')).units[0], ['市国资委', 'lead', null]);
    const october = await findUnits({ ...deps(), asOf: '2024-10-01' });
    assert.ok(!october.units.some((u) => u.id === from), 'the merged unit has ceased');
    assert.ok(
      october.units.find((u) => u.id === into)?.aliases.some((a) => a.alias === '市财政局'),
      'its name now finds the successor',
    );
    const september = await findUnits({ ...deps(), asOf: '2024-09-30' });
    assert.equal(september.units.find((u) => u.id === from)?.name, '市财政局');
    assert.deepEqual(await auditActions('unit', from), ['unit.merge']);
    await assert.rejects(mergeUnit({ ...deps(), unitId: from, intoUnitId: into }), {
      code: 'unit.not_found',
    });
  });
});
