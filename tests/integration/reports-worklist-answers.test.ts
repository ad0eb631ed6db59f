import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { and, eq, inArray, sql } from 'drizzle-orm';
import { reports, structureNodes, unitFilingGenerations } from '../../src/db/schema/index.ts';
import { buildApp } from '../../src/http/app.ts';
import { createProcessCaches } from '../../src/services/process-caches.ts';
import type { Store } from '../../src/services/store.ts';
import { saveUnitInput } from '../../src/services/reports/save.usecases.ts';
import { loopAppForSuite } from './support/loop-app.ts';
import { body } from './support/loop-fixture.ts';
import { usingPostgres } from './support/test-database.ts';

interface Matrix {
  rows: { task: { seq: number }; cells: { unitId: number; state: string }[] }[];
  sections: { section: { path: string[]; title: string | null } }[];
}

interface Worklist {
  unit: { id: number; name: string };
  items: { task: { seq: number }; role: string; state: string; rev: number; daysToDue: number }[];
}

// A unit's worklist is worked out once per state of what it depends on and shared between
// requests; these check that every kind of change reaches the next request all the same.
describe(`a unit's worklist between changes on ${usingPostgres ? 'PostgreSQL' : 'PGlite'}`, () => {
  /** `loop.other`: another app process's handle on the same database (PGlite has one only). */
  const loop = loopAppForSuite(new Date('2024-07-01T02:00:00Z'));

  const unit = (name: string) => loop.fx.unitIds.get(name) ?? 0;
  const task = (seq: number) => loop.fx.taskIds.get(seq) ?? 0;
  const get = (login: string, etag?: string) =>
    loop.deps.app.inject({
      method: 'GET',
      url: '/api/worklist?period=2024-Q2',
      headers: { ...loop.fx.as(login).headers, ...(etag ? { 'if-none-match': etag } : {}) },
    });
  const worklist = async (login: string) => {
    const response = await get(login);
    assert.equal(response.statusCode, 200, response.body);
    return { list: body<Worklist>(response), etag: String(response.headers.etag) };
  };
  const item = (list: Worklist, seq: number) => {
    const found = list.items.find((entry) => entry.task.seq === seq);
    assert.ok(found, `task ${seq} is on the worklist`);
    return found;
  };
  const generationOf = async (unitId: number) => {
    const [row] = await loop.testDb.database.db
      .select({ generation: unitFilingGenerations.generation })
      .from(unitFilingGenerations)
      .where(eq(unitFilingGenerations.unitId, unitId));
    return row?.generation ?? 0;
  };

  test('an unchanged worklist answers 304 to the tag it was sent with, and a save moves the tag', async () => {
    const first = await worklist('czj.reporter');
    assert.equal(item(first.list, 1).state, 'todo');
    assert.match(first.etag, /^"[\w-]+"$/);
    const unchanged = await get('czj.reporter', first.etag);
    assert.equal(unchanged.statusCode, 304);
    assert.equal(unchanged.body, '');
    assert.equal(unchanged.headers.etag, first.etag);

    const saved = await loop.call('czj.reporter', 'PUT', `/api/tasks/${task(1)}/periods/2024-Q2/unit-input`, {
      baseRev: 0,
      progress: '财政局反馈',
    });
    assert.equal(saved.statusCode, 200, saved.body);
    const afterSave = await get('czj.reporter', first.etag);
    assert.equal(afterSave.statusCode, 200);
    assert.notEqual(afterSave.headers.etag, first.etag);
    const list = body<Worklist>(afterSave);
    assert.deepEqual([item(list, 1).state, item(list, 1).rev], ['draft', 1]);
  });

  test("a unit's tag is its own: another unit's save leaves it, and each sees only its own filings", async () => {
    const before = await worklist('fgw.reporter');
    const saved = await loop.call('jxj.reporter', 'PUT', `/api/tasks/${task(1)}/periods/2024-Q2/unit-input`, {
      baseRev: 0,
      progress: '经信局反馈',
    });
    assert.equal(saved.statusCode, 200, saved.body);
    assert.equal((await get('fgw.reporter', before.etag)).statusCode, 304);
    assert.equal(item((await worklist('jxj.reporter')).list, 1).state, 'draft');
  });

  test('a save through another app instance is seen on the next request', async () => {
    const before = await worklist('czj.reporter');
    await saveUnitInput({
      actor: loop.fx.as('czj.reporter').actor,
      store: loop.other.store,
      clock: loop.deps.clock,
      caches: createProcessCaches(),
      taskId: task(1),
      period: '2024-Q2',
      baseRev: 1,
      content: { progress: '另一进程保存' },
    });
    const after = await worklist('czj.reporter');
    assert.notEqual(after.etag, before.etag);
    assert.equal(item(after.list, 1).rev, 2);
  });

  test('a filing changed straight in the database, outside any app, is seen on the next request', async () => {
    const before = await worklist('czj.reporter');
    const db = loop.other.database?.db ?? loop.testDb.database.db;
    await db
      .update(reports)
      .set({ state: 'submitted' })
      .where(and(eq(reports.unitId, unit('市财政局')), eq(reports.taskId, task(1))));
    const after = await worklist('czj.reporter');
    assert.notEqual(after.etag, before.etag);
    assert.equal(item(after.list, 1).state, 'awaiting_sign_off');
  });

  test("days to the due date and overdue move at the city's midnight, with nothing written", async () => {
    loop.deps.clock.set(new Date('2024-07-04T02:00:00Z'));
    const thursday = await worklist('fgw.reporter');
    assert.equal(item(thursday.list, 12).daysToDue, 1);
    loop.deps.clock.set(new Date('2024-07-04T15:59:59Z')); // 23:59:59 in the city: still the same day
    assert.equal((await get('fgw.reporter', thursday.etag)).statusCode, 304);
    loop.deps.clock.set(new Date('2024-07-05T16:00:00Z')); // the day after the due date has begun
    const late = await worklist('fgw.reporter');
    assert.notEqual(late.etag, thursday.etag);
    assert.deepEqual([item(late.list, 12).daysToDue, item(late.list, 12).state], [-1, 'overdue']);
    loop.deps.clock.set(new Date('2024-07-01T02:00:00Z'));
  });

  test('the office, naming a unit, gets the same worklist as the unit itself', async () => {
    const own = await worklist('czj.reporter');
    const office = await loop.call(
      'supervisor',
      'GET',
      `/api/worklist?period=2024-Q2&unitId=${unit('市财政局')}`,
    );
    assert.equal(office.statusCode, 200, office.body);
    assert.deepEqual(body<Worklist>(office), own.list);
    const stranger = await loop.call(
      'fgw.reporter',
      'GET',
      `/api/worklist?period=2024-Q2&unitId=${unit('市财政局')}`,
    );
    assert.equal(stranger.statusCode, 403);
  });

  test('each statement that writes filings moves the generation of every unit it wrote, and only theirs', async () => {
    const [czj, jxj, fgw] = [unit('市财政局'), unit('市经信局'), unit('市发改委')];
    const before = {
      czj: await generationOf(czj),
      jxj: await generationOf(jxj),
      fgw: await generationOf(fgw),
    };
    assert.ok(before.czj > 0 && before.jxj > 0, 'units that filed have a generation');
    await loop.testDb.database.db
      .update(reports)
      .set({ late: sql`${reports.late}` })
      .where(inArray(reports.unitId, [czj, jxj]));
    assert.equal(await generationOf(czj), before.czj + 1);
    assert.equal(await generationOf(jxj), before.jxj + 1);
    assert.equal(await generationOf(fgw), before.fgw);
  });

  const matrix = async (etag?: string) =>
    loop.deps.app.inject({
      method: 'GET',
      url: '/api/matrix?period=2024-Q2',
      headers: { ...loop.fx.as('supervisor').headers, ...(etag ? { 'if-none-match': etag } : {}) },
    });
  const cell = (view: Matrix, seq: number, unitId: number) =>
    view.rows.find((row) => row.task.seq === seq)?.cells.find((entry) => entry.unitId === unitId)?.state;

  test("the office's matrix answers 304 while nothing changed, and moves with any unit's save", async () => {
    const first = await matrix();
    assert.equal(first.statusCode, 200, first.body);
    const etag = String(first.headers.etag);
    assert.equal((await matrix(etag)).statusCode, 304);
    assert.equal(cell(body<Matrix>(first), 11, unit('无为市')), 'todo');
    const saved = await loop.call('ww.reporter', 'PUT', `/api/tasks/${task(11)}/periods/2024-Q2/unit-input`, {
      baseRev: 0,
      progress: '无为市反馈',
    });
    assert.equal(saved.statusCode, 200, saved.body);
    const after = await matrix(etag);
    assert.equal(after.statusCode, 200);
    assert.equal(cell(body<Matrix>(after), 11, unit('无为市')), 'draft');
  });

  test("the office's view of a unit's worklist moves with that unit's save", async () => {
    const officeView = async () => {
      const response = await loop.call(
        'supervisor',
        'GET',
        `/api/worklist?period=2024-Q2&unitId=${unit('南陵县')}`,
      );
      assert.equal(response.statusCode, 200, response.body);
      return body<Worklist>(response);
    };
    assert.equal(item(await officeView(), 11).state, 'todo');
    const saved = await loop.call('nl.reporter', 'PUT', `/api/tasks/${task(11)}/periods/2024-Q2/unit-input`, {
      baseRev: 0,
      progress: '南陵县反馈',
    });
    assert.equal(saved.statusCode, 200, saved.body);
    assert.equal(item(await officeView(), 11).state, 'draft');
  });

  test('filings and titles changed straight in the database reach the next matrix', async () => {
    const db = loop.other.database?.db ?? loop.testDb.database.db;
    await matrix();
    await db
      .update(structureNodes)
      .set({ title: '着力扩大有效需求(调整)' })
      .where(eq(structureNodes.number, '一'));
    const titles = body<Matrix>(await matrix()).sections.map((entry) => entry.section.title);
    assert.ok(titles.includes('着力扩大有效需求(调整)'), titles.join(', '));
    await db
      .update(reports)
      .set({ state: 'submitted' })
      .where(and(eq(reports.unitId, unit('无为市')), eq(reports.taskId, task(11))));
    assert.equal(cell(body<Matrix>(await matrix()), 11, unit('无为市')), 'awaiting_sign_off');
  });

  test('worked out afresh, a worklist takes its filings from the session’s query, in no query of its own', async () => {
    const { store } = loop.testDb;
    const reports = {
      ...store.repos.reports,
      findStandings: () => Promise.reject(new Error('the worklist read its filings in a query of its own')),
    };
    const readsOnce: Store = { ...store, repos: { ...store.repos, reports } };
    const { clock, hasher, secrets } = loop.deps;
    const app = await buildApp({
      store: readsOnce,
      caches: createProcessCaches(),
      clock,
      hasher,
      secrets,
      database: loop.testDb.database.kind,
      config: { checkResponses: true },
    });
    try {
      const read = (login: string, query = '') =>
        app.inject({
          method: 'GET',
          url: `/api/worklist?period=2024-Q2${query}`,
          headers: loop.fx.as(login).headers,
        });
      const own = await read('czj.reporter');
      assert.equal(own.statusCode, 200, own.body);
      assert.deepEqual(body<Worklist>(own), (await worklist('czj.reporter')).list);
      const office = await read('supervisor', `&unitId=${unit('市财政局')}`);
      assert.equal(office.statusCode, 200, office.body);
      assert.deepEqual(body<Worklist>(office), body<Worklist>(own));
      // Another unit named by a unit's clerk is refused as before, whatever the session's query read.
      assert.equal((await read('czj.reporter', `&unitId=${unit('市经信局')}`)).statusCode, 403);
    } finally {
      await app.close();
    }
  });

  test('while the generations stand still the shared answers are served as they were worked out', async () => {
    // Only to show that the answers are shared: a write that leaves the generations where they
    // were (the trigger switched off) is not seen until something moves them.
    const db = loop.testDb.database.db;
    const ownList = (await worklist('czj.reporter')).list;
    const ownState = item(ownList, 1).state;
    const officeState = cell(body<Matrix>(await matrix()), 1, unit('市财政局'));
    await db.execute(sql`alter table reports disable trigger reports_update_bump_generation`);
    try {
      await db
        .update(reports)
        .set({ state: 'accepted' })
        .where(and(eq(reports.unitId, unit('市财政局')), eq(reports.taskId, task(1))));
      assert.equal(item((await worklist('czj.reporter')).list, 1).state, ownState);
      assert.equal(cell(body<Matrix>(await matrix()), 1, unit('市财政局')), officeState);
    } finally {
      await db.execute(sql`alter table reports enable trigger reports_update_bump_generation`);
    }
    await db
      .update(reports)
      .set({ late: false })
      .where(and(eq(reports.unitId, unit('市财政局')), eq(reports.taskId, task(1))));
    assert.equal(item((await worklist('czj.reporter')).list, 1).state, 'accepted');
    assert.equal(cell(body<Matrix>(await matrix()), 1, unit('市财政局')), 'accepted');
  });
});
