// A committed plan keeps each task's plan for every quarter (进度安排 over 第一季度…第四季度): the
// task's quarter, the task's page and the plan's task list read it back, and the plan's Excel and
// Word files and the quarterly summary print it (HTTP, on PGlite or PostgreSQL).
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { eq, sql } from 'drizzle-orm';
import { tasks } from '../../src/db/schema/index.ts';
import { importNotice } from '../../src/importer/import-notice.ts';
import { sheetOf, sheetRows, workbookOf } from './support/documents-app.ts';
import { makeAccount, signInReady, testApp, type Signed } from './support/http.ts';
import { openTestDatabase, type TestDatabase } from './support/test-database.ts';

const NOTICE = [
  '2024年某县重点工作任务分解表',
  '| 序号 | 重点任务 | 进度安排 | | | | 牵头单位 |',
  '| | | 第一季度 | 第二季度 | 第三季度 | 第四季度 | |',
  '| 1 | 新建公办学校3所。 | | 完成设计招标。 | 主体封顶。 | 竣工交付。 | 县教育局 |',
  '| 2 | 改造老旧小区12个。 | 完成摸底。 | 开工6个。 | 开工12个。 | 全部完工。 | 县住建局 |',
].join('\n');

const rejectsWithCause = (promise: Promise<unknown>, pattern: RegExp) =>
  assert.rejects(promise, (error: Error) => pattern.test(`${error.message} ${String(error.cause)}`));

interface Milestone {
  quarter: number;
  text: string;
}

describe('quarter milestones kept with the committed plan', () => {
  let testDb: TestDatabase;
  let deps: Awaited<ReturnType<typeof testApp>>;
  let admin: Signed;
  const taskIds = new Map<number, number>();

  before(async () => {
    testDb = await openTestDatabase();
    deps = await testApp(testDb);
    const root = await makeAccount(deps, { login: 'root' });
    admin = await signInReady(deps, root.login, root.password);
  });
  after(async () => {
    await deps.app.close();
    await testDb.close();
  });

  const headers = () => ({ cookie: admin.cookie, 'x-csrf-token': admin.csrf });
  const get = async <T>(url: string): Promise<T> => {
    const response = await deps.app.inject({ method: 'GET', url, headers: headers() });
    assert.equal(response.statusCode, 200, response.body);
    return response.json<T>();
  };
  const quarterOf = (seq: number, key: string) =>
    get<{ task: { seq: number; milestones: Milestone[] } }>(
      `/api/tasks/${taskIds.get(seq) ?? 0}/periods/${key}`,
    );

  test('the commit stores what the preview showed of each quarter', async () => {
    const previewed = await deps.app.inject({
      method: 'POST',
      url: '/api/plans/import/preview',
      headers: headers(),
      payload: { fileName: 'quarters.txt', contentBase64: Buffer.from(NOTICE).toString('base64') },
    });
    assert.equal(previewed.statusCode, 201, previewed.body);
    const { id } = previewed.json<{ preview: { id: number } }>().preview;
    const committed = await deps.app.inject({
      method: 'POST',
      url: `/api/plans/import/${id}/commit`,
      headers: headers(),
      payload: { acceptInferred: true },
    });
    assert.equal(committed.statusCode, 201, committed.body);
    const list = await get<{ tasks: { id: number; seq: number }[] }>('/api/plans/2024/tasks');
    for (const task of list.tasks) taskIds.set(task.seq, task.id);
    assert.deepEqual([...taskIds.keys()], [1, 2]);
    const detail = await get<{ milestones: Milestone[] }>('/api/plans/2024/tasks/2');
    assert.deepEqual(detail.milestones, [
      { quarter: 1, text: '完成摸底。' },
      { quarter: 2, text: '开工6个。' },
      { quarter: 3, text: '开工12个。' },
      { quarter: 4, text: '全部完工。' },
    ]);
  });

  test("a task's quarter carries its milestones, a quarter the notice left blank has none", async () => {
    const second = await quarterOf(1, '2024-Q2');
    assert.equal(second.task.seq, 1);
    assert.deepEqual(second.task.milestones, [
      { quarter: 2, text: '完成设计招标。' },
      { quarter: 3, text: '主体封顶。' },
      { quarter: 4, text: '竣工交付。' },
    ]);
    const first = await quarterOf(1, '2024-Q1');
    assert.equal(
      first.task.milestones.find((m) => m.quarter === 1),
      undefined,
      'the notice plans nothing for the first quarter',
    );
  });

  test("the plan's task list gives each task's quarter plans", async () => {
    const list = await get<{ tasks: { seq: number; milestones: Milestone[] }[] }>('/api/plans/2024/tasks');
    assert.deepEqual(
      list.tasks.map((task) => [task.seq, task.milestones.map((m) => m.quarter)]),
      [
        [1, [2, 3, 4]],
        [2, [1, 2, 3, 4]],
      ],
    );
    assert.deepEqual(list.tasks[0]?.milestones[0], { quarter: 2, text: '完成设计招标。' });
  });

  const download = async (url: string): Promise<Uint8Array> => {
    const response = await deps.app.inject({ method: 'GET', url, headers: headers() });
    assert.equal(response.statusCode, 200, response.body);
    return new Uint8Array(response.rawPayload);
  };

  for (const format of ['xlsx', 'docx'] as const) {
    test(`the plan's ${format} file imports back with every task's quarter plans`, async () => {
      const bytes = await download(`/api/plans/2024/export.${format}`);
      const back = await importNotice({ bytes, fileName: `plan.${format}` });
      assert.deepEqual(
        back.tasks.map((task) => [task.seq, task.milestones]),
        [
          [
            1,
            [
              { quarter: 2, text: '完成设计招标。' },
              { quarter: 3, text: '主体封顶。' },
              { quarter: 4, text: '竣工交付。' },
            ],
          ],
          [
            2,
            [
              { quarter: 1, text: '完成摸底。' },
              { quarter: 2, text: '开工6个。' },
              { quarter: 3, text: '开工12个。' },
              { quarter: 4, text: '全部完工。' },
            ],
          ],
        ],
      );
    });
  }

  test("the quarter's summary shows each task's plan for the quarter (本季度计划)", async () => {
    const book = await workbookOf(await download('/api/documents/summary.xlsx?period=2024-Q1'));
    const sheet = book.worksheets[1];
    assert.ok(sheet, 'a section sheet');
    const rows = sheetRows(sheetOf(book, sheet.name));
    const header = rows.findIndex((row) => row[0] === '序号');
    assert.deepEqual(rows[header]?.slice(0, 4), ['序号', '目标与任务', '本季度计划', '单位']);
    const planOf = (seq: number) => rows.find((row) => row[0] === String(seq) && row[1] !== '')?.[2];
    assert.equal(planOf(1), '', 'the notice plans nothing for task 1 in the first quarter');
    assert.equal(planOf(2), '完成摸底。');
  });

  test('the database keeps a list of milestones and refuses anything else', async () => {
    const { db } = testDb.database;
    const update = db
      .update(tasks)
      .set({ milestones: sql`'{"quarter":1}'::jsonb` })
      .where(eq(tasks.id, taskIds.get(1) ?? 0));
    await rejectsWithCause(update, /tasks_milestones_list/);
  });
});
