import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { eq } from 'drizzle-orm';
import { unitVersions } from '../../src/db/schema/index.ts';
import { moveTaskAssignment } from '../../src/services/units/task-assignment.usecases.ts';
import { renameUnit } from '../../src/services/units/units.usecases.ts';
import { createProcessCaches } from '../../src/services/process-caches.ts';
import { forgettingAfterWrites, newRequestSnapshot } from '../../src/services/reference/request-snapshot.ts';
import { OPERATOR } from './support/http.ts';
import { loopAppForSuite } from './support/loop-app.ts';
import { body } from './support/loop-fixture.ts';
import { usingPostgres } from './support/test-database.ts';

interface Worklist {
  unit: { id: number; name: string };
  items: { task: { seq: number }; role: string }[];
}

describe(`the cached directory and assignments on ${usingPostgres ? 'PostgreSQL' : 'PGlite'}`, () => {
  /** `loop.other`: another app process's handle on the same database (PGlite has one only). */
  const loop = loopAppForSuite(new Date('2024-07-01T02:00:00Z'));

  const unit = (name: string) => loop.fx.unitIds.get(name) ?? 0;
  const worklist = async (login: string) => {
    const response = await loop.call(login, 'GET', '/api/worklist?period=2024-Q2');
    assert.equal(response.statusCode, 200, response.body);
    return body<Worklist>(response);
  };
  const seqs = (list: Worklist) => list.items.map((item) => [item.task.seq, item.role]);

  test('a renamed unit carries its new name on the next request', async () => {
    assert.equal((await worklist('jyj.reporter')).unit.name, '市教育局');
    await renameUnit({
      actor: OPERATOR,
      store: loop.testDb.store,
      clock: loop.deps.clock,
      unitId: unit('市教育局'),
      name: '市教育体育局',
      effectiveOn: '2024-03-01',
    });
    assert.equal((await worklist('jyj.reporter')).unit.name, '市教育体育局');
  });

  test('a moved lead reports from the new unit on the next request, the old one no longer owes it', async () => {
    assert.deepEqual(seqs(await worklist('czj.reporter')), [
      [1, 'responsible'],
      [12, 'lead'],
    ]);
    await moveTaskAssignment({
      actor: OPERATOR,
      store: loop.testDb.store,
      clock: loop.deps.clock,
      taskId: loop.fx.taskIds.get(12) ?? 0,
      fromUnitId: unit('市财政局'),
      toUnitId: unit('市教育局'),
      effectiveOn: '2024-06-01',
      reason: '职责调整',
    });
    assert.deepEqual(seqs(await worklist('czj.reporter')), [[1, 'responsible']]);
    assert.deepEqual(seqs(await worklist('jyj.reporter')), [[12, 'lead']]);
  });

  test('a move made through another app instance is seen on the next request', async () => {
    await worklist('jyj.reporter');
    await moveTaskAssignment({
      actor: OPERATOR,
      store: loop.other.store,
      clock: loop.deps.clock,
      taskId: loop.fx.taskIds.get(12) ?? 0,
      fromUnitId: unit('市教育局'),
      toUnitId: unit('市财政局'),
      effectiveOn: '2024-06-15',
      reason: '职责调回',
    });
    assert.deepEqual(seqs(await worklist('jyj.reporter')), []);
    assert.deepEqual(seqs(await worklist('czj.reporter')), [
      [1, 'responsible'],
      [12, 'lead'],
    ]);
  });

  test('a change written straight to the database, outside any app, is seen on the next request', async () => {
    assert.equal((await worklist('fgw.reporter')).unit.name, '市发改委');
    const db = loop.other.database?.db ?? loop.testDb.database.db;
    await db
      .update(unitVersions)
      .set({ name: '市发展改革委' })
      .where(eq(unitVersions.unitId, unit('市发改委')));
    assert.equal((await worklist('fgw.reporter')).unit.name, '市发展改革委');
  });

  test('a change rolled back leaves the version, and the cache, as they were', async () => {
    const version = async () =>
      (await loop.testDb.store.repos.reference.findDirectoryVersion()) satisfies string;
    const before = await version();
    await assert.rejects(
      loop.testDb.store.transaction(async (repos) => {
        await repos.units.setCode(unit('市发改委'), 'fgw');
        throw new Error('abandoned');
      }),
      /abandoned/,
    );
    assert.equal(await version(), before);
    assert.equal((await worklist('fgw.reporter')).unit.name, '市发展改革委');
  });

  test('within a request, the version read with the session serves reads until a transaction commits', async () => {
    const actual = await loop.testDb.store.repos.reference.findDirectoryVersion();
    const caches = createProcessCaches();
    const snapshots = caches.requestSnapshot;
    const load = (repos = loop.testDb.store.repos) => caches.reference.load(repos);
    const snapshot = newRequestSnapshot();
    await snapshots.run(snapshot, async () => {
      snapshots.noteReferenceVersion('as-the-session-found-it');
      assert.equal((await load()).version, 'as-the-session-found-it');
      // Another app's snapshots know nothing of this request.
      const otherApp = createProcessCaches();
      assert.equal((await otherApp.reference.load(loop.testDb.store.repos)).version, actual);
      // The store as requests use it: buildApp wraps it so that a transaction forgets the snapshot.
      await forgettingAfterWrites(loop.testDb.store, snapshots).transaction(async (repos) => {
        // Inside a transaction the version is always read: the transaction may have written it.
        assert.equal((await load(repos)).version, actual);
      });
      assert.equal(snapshot.referenceVersion, null);
      assert.equal((await load()).version, actual);
    });
    // Outside any request nothing is known, and the database is asked.
    snapshots.noteReferenceVersion('nobody-listens');
    assert.equal((await load()).version, actual);
  });

  test('a request that renames a unit answers with the new name, and so does the next request', async () => {
    const before = (await worklist('jyj.reporter')).unit.name;
    const renamed = `${before}\uff08新\uff09`;
    const response = await loop.call('admin', 'POST', `/api/units/${unit('市教育局')}/rename`, {
      name: renamed,
      effectiveOn: '2024-03-01',
    });
    assert.equal(response.statusCode, 200, response.body);
    assert.equal(body<{ unit: { name: string } }>(response).unit.name, renamed);
    assert.equal((await worklist('jyj.reporter')).unit.name, renamed);
  });
});
