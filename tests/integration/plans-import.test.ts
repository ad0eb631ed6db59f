import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { count } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';
import {
  auditEvents,
  periods,
  planImportPreviews,
  plans,
  structureNodes,
  taskAssignments,
  taskIndicators,
  tasks,
  units,
} from '../../src/db/schema/index.ts';
import { importNotice } from '../../src/importer/import-notice.ts';
import { getPlan } from '../../src/services/plans/plans.queries.ts';
import { getPlanTask } from '../../src/services/plans/plan-tasks.queries.ts';
import { commitPlanImport, previewPlanImport } from '../../src/services/plans/plan-import.usecases.ts';
import type { Store } from '../../src/services/store.ts';
import { testClock } from './support/deterministic.ts';
import { OPERATOR } from './support/http.ts';
import { seedNotice, smallNotice } from './support/plans.ts';
import { openTestDatabase, type TestDatabase } from './support/test-database.ts';

const TABLES: Record<string, PgTable> = {
  plans,
  structureNodes,
  tasks,
  taskIndicators,
  taskAssignments,
  periods,
  units,
  auditEvents,
};

describe('importing a notice as a plan', () => {
  let testDb: TestDatabase;
  const clock = testClock();
  const deps = () => ({ actor: OPERATOR, store: testDb.store, clock });
  const preview = async (bytes: Uint8Array = seedNotice(), store: Store = testDb.store) =>
    (
      await previewPlanImport({
        ...deps(),
        store,
        bytes,
        fileName: 'wuhu-2024-notice.txt',
        readNotice: importNotice,
      })
    ).preview;

  const rowCounts = async () => {
    const result: Record<string, number> = {};
    for (const [name, table] of Object.entries(TABLES)) {
      const [row] = await testDb.database.db.select({ n: count() }).from(table);
      result[name] = row?.n ?? -1;
    }
    return result;
  };
  const nothingWritten = async () => {
    const counts = await rowCounts();
    assert.deepEqual(
      Object.entries(counts).filter(([, n]) => n !== 0),
      [],
      'no plan, structure, task, indicator, assignment, period, unit or audit row',
    );
  };

  before(async () => {
    testDb = await openTestDatabase();
  });
  after(async () => {
    await testDb.close();
  });

  test('a preview stores nothing durable but the preview itself', async () => {
    const result = await preview();
    assert.equal(result.result.tasks.length, 220);
    await nothingWritten();
    const [row] = await testDb.database.db.select({ n: count() }).from(planImportPreviews);
    assert.equal(row?.n, 1);
  });

  test('the preview lists the inferred splits still to confirm, and every unit as new to an empty directory', async () => {
    const result = await preview();
    const unconfirmed = result.problems.filter((p) => p.code === 'task.unconfirmed');
    assert.equal(unconfirmed.length, 90);
    assert.equal(result.problems.length, 90);
    assert.ok(result.units.every((unit) => unit.status === 'new' && unit.unitId === null));
    assert.equal(result.yearTaken, false);
  });

  test('the commit is refused while inferred rows remain unconfirmed, and names them all', async () => {
    const { id } = await preview();
    await assert.rejects(commitPlanImport({ ...deps(), previewId: id }), (error: unknown) => {
      assert.ok(error instanceof Error && 'code' in error && error.code === 'plan_import.unresolved');
      const problems = (error as unknown as { details: { problems: { code: string; seq: number }[] } })
        .details.problems;
      assert.equal(problems.filter((p) => p.code === 'task.unconfirmed').length, 90);
      return true;
    });
    await nothingWritten();
  });

  test('an edited split naming a unit that is neither in the task nor in the directory is refused; nothing is written', async () => {
    const { id } = await preview();
    const confirmations = [{ seq: 1, leadUnits: ['市发改委', '市不存在局'], responsibleUnits: [] }];
    await assert.rejects(
      commitPlanImport({ ...deps(), previewId: id, confirmations, acceptInferred: true }),
      {
        code: 'plan_import.unresolved',
        details: {
          problems: [
            {
              code: 'confirmation.unknown_unit',
              message: '第1项:"市不存在局"不是已知单位',
              seq: 1,
              line: null,
              key: null,
              field: 'confirmations.0.leadUnits.1',
              unit: '市不存在局',
            },
          ],
        },
      },
    );
    await nothingWritten();
  });

  test('a unit named twice in one split, or a split without a lead, is refused', async () => {
    const { id } = await preview();
    const confirmations = [
      { seq: 1, leadUnits: ['市发改委'], responsibleUnits: ['市发展改革委'] },
      { seq: 2, leadUnits: [], responsibleUnits: ['市经信局'] },
    ];
    await assert.rejects(
      commitPlanImport({ ...deps(), previewId: id, confirmations, acceptInferred: true }),
      (error: unknown) => {
        const problems = (error as { details: { problems: { code: string; field: string }[] } }).details
          .problems;
        assert.deepEqual(
          problems.map((p) => [p.code, p.field]),
          [
            ['confirmation.repeated_unit', 'confirmations.0.responsibleUnits.0'],
            ['confirmation.lead_required', 'confirmations.1.leadUnits'],
          ],
        );
        return true;
      },
    );
  });

  test('when a write inside the commit fails, nothing of the plan is left behind (one transaction)', async () => {
    const { id } = await preview();
    const broken: Store = {
      ...testDb.store,
      transaction: (work) =>
        testDb.store.transaction((repos) =>
          work({
            ...repos,
            audit: { ...repos.audit, append: () => Promise.reject(new Error('audit down')) },
          }),
        ),
    };
    await assert.rejects(
      commitPlanImport({ ...deps(), store: broken, previewId: id, acceptInferred: true }),
      /audit down/,
    );
    await nothingWritten();
    assert.ok(await testDb.store.repos.plans.findPreview(id), 'the preview survives a failed commit');
  });

  test('committing the seed writes 220 tasks with structure, indicators, units, periods, issues and one audit event', async () => {
    const { id } = await preview();
    const confirmations = [
      { seq: 1, leadUnits: ['市发改委', '市统计局'], responsibleUnits: ['各县市区政府'] },
    ];
    const { plan } = await commitPlanImport({
      ...deps(),
      previewId: id,
      confirmations,
      acceptInferred: true,
    });
    const counts = await rowCounts();
    assert.equal(counts['tasks'], 220);
    assert.equal(counts['structureNodes'], 3 + 14 + 37);
    assert.equal(counts['periods'], 4);
    assert.equal(counts['auditEvents'], 1);
    assert.equal(counts['units'], 78);
    const overview = await getPlan({ actor: OPERATOR, store: testDb.store, year: 2024 });
    assert.deepEqual(overview.counts, {
      tasks: 220,
      inferred: 90,
      confirmed: 90,
      indicators: 84,
      openIssues: 1,
    });
    assert.deepEqual(
      overview.periods.map((p) => [p.key, p.opensOn, p.dueOn]),
      [
        ['2024-Q1', '2024-01-01', '2024-04-05'],
        ['2024-Q2', '2024-04-01', '2024-07-05'],
        ['2024-Q3', '2024-07-01', '2024-10-05'],
        ['2024-Q4', '2024-10-01', '2025-01-05'],
      ],
    );
    const [event] = await testDb.store.repos.audit.findForEntity('plan', String(plan.id));
    assert.equal(event?.action, 'plan.import');
    assert.deepEqual((event?.after as { edited: number[] }).edited, [1]);
    assert.equal(await testDb.store.repos.plans.findPreview(id), null, 'the preview is used up');
  });

  const unitsOf = async (seq: number) => {
    const { task } = await getPlanTask({ actor: OPERATOR, store: testDb.store, clock, year: 2024, seq });
    return { lead: task.leadUnits.map((u) => u.name), co: task.responsibleUnits.map((u) => u.name), task };
  };

  test('a certain row keeps the lead and co-responsible units the notice gives', async () => {
    assert.deepEqual(await unitsOf(11), {
      ...(await unitsOf(11)),
      lead: ['市发改委', '市自规局', '市财政局', '市经信局', '市科技局', '市地方金融局'],
      co: [],
    });
    const five = await unitsOf(5);
    assert.deepEqual([five.lead, five.co], [['市科技局'], ['各县市区政府', '开发区管委会']]);
    assert.equal(five.task.assignmentCertainty, 'certain');
  });

  test('an edited inferred row is stored with the split the admin confirmed', async () => {
    const one = await unitsOf(1);
    assert.deepEqual([one.lead, one.co], [['市发改委', '市统计局'], ['各县市区政府']]);
    assert.equal(one.task.assignmentCertainty, 'inferred');
    assert.ok(one.task.assignmentConfirmedAt, 'confirmed');
    const two = await unitsOf(2);
    assert.deepEqual([two.lead, two.co], [['市经信局'], ['市发改委', '各县市区政府', '开发区管委会']]);
  });

  test('assignments hold from the first day of the plan year, so Q1 is owed too', async () => {
    const { history } = await getPlanTask({
      actor: OPERATOR,
      store: testDb.store,
      clock,
      year: 2024,
      seq: 1,
    });
    assert.ok(
      history.every((a) => a.validFrom === '2024-01-01' && a.validTo === null && a.source === 'import'),
    );
  });

  test('a second plan for the same year is refused with plan.year_exists', async () => {
    const { id, yearTaken } = await preview();
    assert.equal(yearTaken, true);
    await assert.rejects(commitPlanImport({ ...deps(), previewId: id, acceptInferred: true }), {
      code: 'plan.year_exists',
      kind: 'conflict',
    });
  });

  test('a second year sits beside the first and reuses the directory instead of duplicating units', async () => {
    const bytes = smallNotice(2025, [
      {
        seq: 1,
        text: '地区生产总值增长7%左右。',
        lead: ['市发改委'],
        responsible: ['各县市区政府', '市新设局'],
      },
    ]);
    const result = await preview(bytes);
    const statuses = Object.fromEntries(result.units.map((u) => [u.record.name, u.status]));
    assert.equal(statuses['市发改委'], 'known');
    assert.equal(statuses['市新设局'], 'unknown');
    await commitPlanImport({ ...deps(), previewId: result.id });
    const all = await testDb.store.repos.plans.findAll();
    assert.deepEqual(
      all.map((p) => [p.year, p.taskCount]),
      [
        [2024, 220],
        [2025, 1],
      ],
    );
    assert.equal((await rowCounts())['units'], 79, 'only the unknown unit is new');
    const { task, history } = await getPlanTask({
      actor: OPERATOR,
      store: testDb.store,
      clock,
      year: 2025,
      seq: 1,
    });
    assert.deepEqual(
      task.responsibleUnits.map((u) => [u.name, u.kind]),
      [
        ['各县市区政府', 'group'],
        ['市新设局', 'unknown'],
      ],
    );
    assert.ok(history.every((a) => a.validFrom === '2025-01-01'));
  });
});
