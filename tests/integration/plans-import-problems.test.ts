import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import type { ImportDecisions } from '../../src/core/plan/import-review.ts';
import { importNotice } from '../../src/importer/import-notice.ts';
import { commitPlanImport, previewPlanImport } from '../../src/services/plans/plan-import.usecases.ts';
import { getPlanTask } from '../../src/services/plans/plan-tasks.queries.ts';
import { testClock } from './support/deterministic.ts';
import { OPERATOR } from './support/http.ts';
import { openTestDatabase, type TestDatabase } from './support/test-database.ts';

const fixture = (name: string) =>
  readFileSync(fileURLToPath(new URL(`../fixtures/layouts/${name}`, import.meta.url)));

describe('an import with rows a person must settle', () => {
  let testDb: TestDatabase;
  const clock = testClock();
  const deps = () => ({ actor: OPERATOR, store: testDb.store, clock });
  const previewOf = async (name: string) =>
    (await previewPlanImport({ ...deps(), bytes: fixture(name), fileName: name, readNotice: importNotice }))
      .preview;
  const commit = (previewId: number, year: number, decisions: Partial<ImportDecisions>) =>
    commitPlanImport({ ...deps(), previewId, year, acceptInferred: true, ...decisions });
  const problemCodes = (error: unknown) =>
    (error as { details: { problems: { code: string; seq: number | null }[] } }).details.problems.map((p) => [
      p.code,
      p.seq,
    ]);

  before(async () => {
    testDb = await openTestDatabase();
  });
  after(async () => {
    await testDb.close();
  });

  test('a duplicated task number is refused until one of the two is renumbered or left out', async () => {
    const preview = await previewOf('duplicate.txt');
    assert.deepEqual(
      preview.problems.filter((p) => p.code === 'task.duplicate_number').map((p) => p.seq),
      [12],
    );
    await assert.rejects(commit(preview.id, 2030, {}), (error) => {
      assert.deepEqual(problemCodes(error), [['task.duplicate_number', 12]]);
      return true;
    });
    await assert.rejects(commit(preview.id, 2030, { renumber: [{ line: 999, seq: 13 }] }), (error) => {
      assert.deepEqual(problemCodes(error), [
        ['renumber.unknown_line', null],
        ['task.duplicate_number', 12],
      ]);
      return true;
    });
    await commit(preview.id, 2030, { renumber: [{ line: 105, seq: 13 }] });
    const thirteen = await getPlanTask({ ...deps(), year: 2030, seq: 13 });
    assert.equal(thirteen.task.sourceLine, 105);
    const plan = await testDb.store.repos.plans.findByYear(2030);
    const tasks = await testDb.store.repos.tasks.findByPlan(plan?.id ?? 0, { asOf: '2030-01-01' });
    assert.deepEqual(
      tasks.map((t) => t.seq),
      [1, 2, 3, 11, 12, 13, 14, 15, 16, 20, 21, 208],
    );
  });

  test('a task cut off by the end of the file is refused until it is left out', async () => {
    const preview = await previewOf('truncated.txt');
    await assert.rejects(commit(preview.id, 2031, {}), (error) => {
      assert.deepEqual(problemCodes(error), [['task.truncated', 208]]);
      return true;
    });
    await commit(preview.id, 2031, { exclude: [197] });
    const plan = await testDb.store.repos.plans.findByYear(2031);
    const counts = await testDb.store.repos.plans.counts(plan?.id ?? 0);
    assert.equal(counts.tasks, 11);
  });

  test('…or until its units are confirmed by hand; it is stored as incomplete', async () => {
    const preview = await previewOf('truncated.txt');
    const confirmations = [{ seq: 208, leadUnits: ['市政府办', '市政府督查办'], responsibleUnits: [] }];
    await commit(preview.id, 2032, { confirmations });
    const { task } = await getPlanTask({ ...deps(), year: 2032, seq: 208 });
    assert.deepEqual(
      task.leadUnits.map((u) => u.name),
      ['市政府办', '市政府督查办'],
    );
    assert.equal(task.complete, false);
  });

  test('a notice without a year needs one from the admin', async () => {
    const bytes = new TextEncoder().encode(
      '一、主要预期目标\n1. 地区生产总值增长7%左右。\n牵头单位:市发改委\n',
    );
    const { preview } = await previewPlanImport({
      ...deps(),
      bytes,
      fileName: 'x.txt',
      readNotice: importNotice,
    });
    await assert.rejects(commitPlanImport({ ...deps(), previewId: preview.id }), {
      code: 'plan_import.year_required',
      kind: 'invalid',
    });
    await assert.rejects(commitPlanImport({ ...deps(), previewId: 424242, year: 2040 }), {
      code: 'plan_import.preview_not_found',
      kind: 'not_found',
    });
  });
});
