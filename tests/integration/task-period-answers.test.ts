import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { and, eq } from 'drizzle-orm';
import { cards, reports, taskFilingGenerations } from '../../src/db/schema/index.ts';
import { createProcessCaches } from '../../src/services/process-caches.ts';
import { saveUnitInput } from '../../src/services/reports/save.usecases.ts';
import { loopAppForSuite } from './support/loop-app.ts';
import { body } from './support/loop-fixture.ts';
import { usingPostgres } from './support/test-database.ts';

interface Filing {
  id: number;
  unit: { id: number };
  state: string;
  rev: number;
  visibility: string;
  content: { progress: string } | null;
  revisions: { rev: number; progress: string }[];
}

interface TaskPeriod {
  myRole: string | null;
  units: { unitId: number; standing: { state: string } | null }[];
  unitInputs: Filing[];
  missing: { unitId: number }[] | null;
}

// A task's quarter with its history is read once per state of the task's filings and shared by
// every reader; each reader's view is cut from it. These check that nobody gets from the shared
// read what only another unit may see, and that every kind of change reaches the next request.
describe(`a task's quarter between changes on ${usingPostgres ? 'PostgreSQL' : 'PGlite'}`, () => {
  const loop = loopAppForSuite(new Date('2024-07-01T02:00:00Z'));
  const SECRET = '财政局内部草稿:尚未签发的数字';

  const unit = (name: string) => loop.fx.unitIds.get(name) ?? 0;
  const task = (seq: number) => loop.fx.taskIds.get(seq) ?? 0;
  const get = (login: string, seq = 1, etag?: string) =>
    loop.deps.app.inject({
      method: 'GET',
      url: `/api/tasks/${task(seq)}/periods/2024-Q2`,
      headers: { ...loop.fx.as(login).headers, ...(etag ? { 'if-none-match': etag } : {}) },
    });
  const read = async (login: string, seq = 1) => {
    const response = await get(login, seq);
    assert.equal(response.statusCode, 200, response.body);
    return { view: body<TaskPeriod>(response), etag: String(response.headers.etag), raw: response.body };
  };
  const inputOf = (view: TaskPeriod, name: string) => view.unitInputs.find((f) => f.unit.id === unit(name));
  const save = async (login: string, seq: number, baseRev: number, progress: string) => {
    const saved = await loop.call(login, 'PUT', `/api/tasks/${task(seq)}/periods/2024-Q2/unit-input`, {
      baseRev,
      progress,
      selfStatus: 'on_track',
      percentComplete: 50,
    });
    assert.equal(saved.statusCode, 200, saved.body);
    return body<{ report: { id: number; rev: number } }>(saved).report;
  };
  const generationOf = async (taskId: number) => {
    const [row] = await loop.testDb.database.db
      .select({ generation: taskFilingGenerations.generation })
      .from(taskFilingGenerations)
      .where(eq(taskFilingGenerations.taskId, taskId));
    return row?.generation ?? 0;
  };

  test("a unit's unsigned draft reaches no other reader through the shared read, and tags differ by what each sees", async () => {
    await save('czj.reporter', 1, 0, SECRET);
    // The office reads first, so the shared read (which holds every revision) is already made.
    const office = await read('supervisor');
    assert.equal(inputOf(office.view, '市财政局')?.visibility, 'state');
    assert.equal(inputOf(office.view, '市财政局')?.content, null);
    const own = await read('czj.approver');
    assert.equal(inputOf(own.view, '市财政局')?.content?.progress, SECRET);
    const lead = await read('fgw.reporter');
    const coUnit = await read('jxj.reporter');
    const stranger = await read('jyj.reporter');
    for (const [who, seen] of [
      ['office', office],
      ['lead', lead],
      ['co-unit', coUnit],
      ['unrelated unit', stranger],
    ] as const) {
      assert.ok(!seen.raw.includes(SECRET), `the ${who} does not get the draft's words`);
    }
    assert.equal(inputOf(lead.view, '市财政局'), undefined, 'the lead sees no unsigned input');
    assert.equal(inputOf(coUnit.view, '市财政局'), undefined);
    assert.notEqual(own.etag, coUnit.etag);
    assert.notEqual(own.etag, lead.etag);
    assert.notEqual(own.etag, office.etag);
    // The unit's other account sees the same and gets the same tag; a tag never opens another's view.
    assert.equal((await read('czj.reporter')).etag, own.etag);
    const borrowed = await get('jxj.reporter', 1, own.etag);
    assert.equal(borrowed.statusCode, 200);
    assert.ok(!borrowed.body.includes(SECRET));
  });

  test('once signed off, the lead and the office see the filed words, the other co-unit still does not', async () => {
    const before = await read('fgw.reporter');
    const reportId = inputOf((await read('czj.reporter')).view, '市财政局')?.id ?? 0;
    for (const [login, move] of [
      ['czj.reporter', 'submit'],
      ['czj.approver', 'sign-off'],
    ] as const) {
      const moved = await loop.call(login, 'POST', `/api/reports/${reportId}/${move}`, {});
      assert.equal(moved.statusCode, 200, moved.body);
    }
    const lead = await read('fgw.reporter');
    assert.notEqual(lead.etag, before.etag);
    assert.equal(inputOf(lead.view, '市财政局')?.content?.progress, SECRET);
    assert.equal(inputOf((await read('supervisor')).view, '市财政局')?.visibility, 'filed');
    const coUnit = await read('jxj.reporter');
    assert.ok(!coUnit.raw.includes(SECRET));
    assert.equal(coUnit.view.missing, null, 'a co-unit does not follow the others');
  });

  test('an unchanged quarter answers 304 to its tag; a save of the task moves the tag and shows the new state', async () => {
    // The office follows every unit's state, drafts too (the lead sees a co-unit's only once filed).
    const first = await read('supervisor');
    const unchanged = await get('supervisor', 1, first.etag);
    assert.equal(unchanged.statusCode, 304);
    assert.equal(unchanged.body, '');
    assert.equal(unchanged.headers.etag, first.etag);

    const saved = await save('jxj.reporter', 1, 0, '经信局第一稿');
    assert.equal((await get('fgw.reporter', 1, (await read('fgw.reporter')).etag)).statusCode, 304);
    const afterSave = await get('supervisor', 1, first.etag);
    assert.equal(afterSave.statusCode, 200);
    assert.notEqual(afterSave.headers.etag, first.etag);
    const standing = body<TaskPeriod>(afterSave).units.find((u) => u.unitId === unit('市经信局'))?.standing;
    assert.equal(standing?.state, 'draft');
    assert.ok(!afterSave.body.includes('经信局第一稿'), 'the office sees the state, not the words');
    const own = await read('jxj.reporter');
    assert.equal(inputOf(own.view, '市经信局')?.rev, saved.rev);
    assert.equal(inputOf(own.view, '市经信局')?.content?.progress, '经信局第一稿');
  });

  test("another task's save leaves the tag alone", async () => {
    const before = await read('fgw.reporter');
    await save('fgw.reporter', 12, 0, '发改委在任务12的填报');
    assert.equal((await get('fgw.reporter', 1, before.etag)).statusCode, 304);
  });

  test('a save through another app instance is seen on the next request', async () => {
    const before = await read('jxj.reporter');
    await saveUnitInput({
      actor: loop.fx.as('jxj.reporter').actor,
      store: loop.other.store,
      clock: loop.deps.clock,
      caches: createProcessCaches(),
      taskId: task(1),
      period: '2024-Q2',
      baseRev: 1,
      content: { progress: '另一进程保存' },
    });
    const after = await read('jxj.reporter');
    assert.notEqual(after.etag, before.etag);
    assert.equal(inputOf(after.view, '市经信局')?.content?.progress, '另一进程保存');
  });

  test('a filing changed straight in the database, outside any app, is seen on the next request', async () => {
    const before = await read('supervisor');
    const db = loop.other.database?.db ?? loop.testDb.database.db;
    await db
      .update(reports)
      .set({ state: 'submitted' })
      .where(and(eq(reports.unitId, unit('市经信局')), eq(reports.taskId, task(1))));
    const after = await read('supervisor');
    assert.notEqual(after.etag, before.etag);
    assert.equal(
      after.view.units.find((u) => u.unitId === unit('市经信局'))?.standing?.state,
      'awaiting_sign_off',
    );
  });

  test("a card on the task moves the task's generation, and only that task's", async () => {
    const [one, twelve] = [await generationOf(task(1)), await generationOf(task(12))];
    const before = await read('supervisor');
    const [period] = await loop.testDb.database.db.select({ id: reports.periodId }).from(reports).limit(1);
    await loop.testDb.database.db.insert(cards).values({
      taskId: task(1),
      unitId: unit('市经信局'),
      periodId: period?.id ?? 0,
      color: 'yellow',
      issuedColor: 'yellow',
      state: 'issued',
      reason: '进度滞后',
      rectifyBy: '2024-07-20',
      issuedAt: new Date('2024-07-01T02:00:00Z'),
      updatedAt: new Date('2024-07-01T02:00:00Z'),
    });
    assert.equal(await generationOf(task(1)), one + 1);
    assert.equal(await generationOf(task(12)), twelve);
    // The quarter does not show cards, so it reads afresh and answers the same tag.
    assert.equal((await get('supervisor', 1, before.etag)).statusCode, 304);
  });

  test('each statement moves the generation of every task it wrote, once', async () => {
    const [one, twelve] = [await generationOf(task(1)), await generationOf(task(12))];
    await loop.testDb.database.db.update(reports).set({ late: false });
    assert.equal(await generationOf(task(1)), one + 1);
    assert.equal(await generationOf(task(12)), twelve + 1);
  });
});
