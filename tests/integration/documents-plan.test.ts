import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { ImportResult, Task } from '../../src/core/plan/plan.types.ts';
import { importNotice } from '../../src/importer/import-notice.ts';
import { DOCX, XLSX, documentsApp, downloadName } from './support/documents-app.ts';
import { importPlan, seedNotice } from './support/plans.ts';
import { openTestDatabase, usingPostgres, type TestDatabase } from './support/test-database.ts';

/** What a task says; where it stood in the source and how sure the split was are not the plan. */
const said = ({ seq, path, text, leadUnits, responsibleUnits }: Task) => ({
  seq,
  path,
  text,
  leadUnits,
  responsibleUnits,
});

/** The plan as committed: a unit the notice names as lead and as co-responsible (task 5) is kept as lead. */
const committed = (task: Task) => ({
  ...said(task),
  responsibleUnits: task.responsibleUnits.filter((name) => !task.leadUnits.includes(name)),
});

describe(`the plan export on ${usingPostgres ? 'PostgreSQL' : 'PGlite'}`, () => {
  let testDb: TestDatabase;
  let deps: Awaited<ReturnType<typeof documentsApp>>;
  let seed: ImportResult;

  before(async () => {
    testDb = await openTestDatabase();
    deps = await documentsApp(testDb);
    await importPlan(testDb.store);
    seed = await importNotice({ bytes: seedNotice() });
  });
  after(async () => {
    await deps.app.close();
    await testDb.close();
  });

  for (const [format, mediaType] of [
    ['xlsx', XLSX],
    ['docx', DOCX],
  ] as const) {
    test(`the ${format} export imports back as the same 220 tasks with the same units (anyone may download it)`, async () => {
      const response = await deps.app.inject({ method: 'GET', url: `/api/plans/2024/export.${format}` });
      assert.equal(response.statusCode, 200, response.body);
      assert.equal(response.headers['content-type'], mediaType);
      assert.equal(downloadName(response), `2024年重点工作任务.${format}`);
      const back = await importNotice({
        bytes: new Uint8Array(response.rawPayload),
        fileName: `plan.${format}`,
      });
      assert.equal(back.tasks.length, 220);
      assert.deepEqual(back.tasks.map(said), seed.tasks.map(committed));
      assert.equal(back.plan.year, 2024);
      assert.deepEqual(back.structure, seed.structure);
    });
  }

  test('a year without a plan answers 404', async () => {
    const response = await deps.app.inject({ method: 'GET', url: '/api/plans/2031/export.xlsx' });
    assert.equal(response.statusCode, 404, response.body);
  });
});
