// The admin sees each task's plan for every quarter (进度安排 over 第一季度…第四季度) in the import
// preview (HTTP, on PGlite or PostgreSQL), kept with the stored preview and read again when the
// admin names a column as a quarter's plan.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { makeAccount, signInReady, testApp, type Signed } from './support/http.ts';
import { openTestDatabase, type TestDatabase } from './support/test-database.ts';

const NOTICE = [
  '2024年某县重点工作任务分解表',
  '| 序号 | 重点任务 | 进度安排 | | | | 牵头单位 |',
  '| | | 第一季度 | 第二季度 | 第三季度 | 第四季度 | |',
  '| 1 | 新建公办学校3所。 | | 完成设计招标。 | 主体封顶。 | 竣工交付。 | 县教育局 |',
  '| 2 | 改造老旧小区12个。 | 完成摸底。 | 开工6个。 | 开工12个。 | 全部完工。 | 县住建局 |',
].join('\n');

interface Preview {
  id: number;
  columns: { index: number; role: string }[];
  tasks: { seq: number; milestones: { quarter: number; text: string }[] }[];
}

describe('quarter milestones in the import preview', () => {
  let testDb: TestDatabase;
  let deps: Awaited<ReturnType<typeof testApp>>;
  let admin: Signed;
  let preview: Preview;

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
  const milestonesOf = (answer: Preview) => answer.tasks.map((t) => [t.seq, t.milestones]);

  test("the preview answers each task's milestones by quarter, a blank quarter left out", async () => {
    const response = await deps.app.inject({
      method: 'POST',
      url: '/api/plans/import/preview',
      headers: headers(),
      payload: { fileName: 'quarters.txt', contentBase64: Buffer.from(NOTICE).toString('base64') },
    });
    assert.equal(response.statusCode, 201, response.body);
    preview = response.json<{ preview: Preview }>().preview;
    assert.deepEqual(milestonesOf(preview), [
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
    ]);
    assert.deepEqual(
      preview.columns.map((c) => c.role),
      ['seq', 'text', 'milestone-q1', 'milestone-q2', 'milestone-q3', 'milestone-q4', 'lead'],
    );
    const again = await deps.app.inject({
      method: 'GET',
      url: `/api/plans/import/${preview.id}`,
      headers: headers(),
    });
    assert.deepEqual(milestonesOf(again.json<{ preview: Preview }>().preview), milestonesOf(preview));
  });

  test("the admin's reading of the columns decides which column is which quarter's plan", async () => {
    const roles = ['seq', 'text', 'ignore', 'ignore', 'ignore', 'milestone-q4', 'lead'];
    const response = await deps.app.inject({
      method: 'POST',
      url: `/api/plans/import/${preview.id}/decisions`,
      headers: headers(),
      payload: { kind: 'columns', roles },
    });
    assert.equal(response.statusCode, 200, response.body);
    const reread = response.json<{ preview: Preview }>().preview;
    assert.deepEqual(milestonesOf(reread), [
      [1, [{ quarter: 4, text: '竣工交付。' }]],
      [2, [{ quarter: 4, text: '全部完工。' }]],
    ]);
  });
});
