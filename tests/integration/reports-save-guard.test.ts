import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { errorCode, testApp } from './support/http.ts';
import { body, requester, seedLoop, type LoopFixture } from './support/loop-fixture.ts';
import { openTestDatabase, usingPostgres, type TestDatabase } from './support/test-database.ts';
import { eq } from 'drizzle-orm';
import { reports as reportsTable } from '../../src/db/schema/index.ts';
import type { NewRevision } from '../../src/services/reports/reports.types.ts';

function fail(): never {
  throw new Error('the slot was read');
}

interface Saved {
  report: {
    id: number;
    rev: number;
    state: string;
    content: { progress: string } | null;
    late: boolean;
    revisions: { rev: number; event: string }[];
  };
}

describe(`a save written only while the filing stands still, on ${usingPostgres ? 'PostgreSQL' : 'PGlite'}`, () => {
  let testDb: TestDatabase;
  let deps: Awaited<ReturnType<typeof testApp>>;
  let fx: LoopFixture;
  let call: ReturnType<typeof requester>;
  let url: string;
  let reportId: number;

  before(async () => {
    testDb = await openTestDatabase();
    deps = await testApp(testDb);
    fx = await seedLoop(testDb.database.db);
    call = requester(deps.app, fx);
    deps.clock.set(new Date('2024-07-01T02:00:00Z'));
    url = `/api/tasks/${fx.taskIds.get(1) ?? 0}/periods/2024-Q2/unit-input`;
  });
  after(async () => {
    await deps.app.close();
    await testDb.close();
  });

  const save = async (baseRev: number, progress: string) => {
    const response = await call('jxj.reporter', 'PUT', url, { baseRev, progress });
    return { status: response.statusCode, saved: body<Saved>(response), text: response.body };
  };
  const revision = (reportId: number, rev: number): NewRevision => ({
    reportId,
    rev,
    event: 'save',
    state: 'draft',
    progress: `第${rev}版`,
    selfStatus: null,
    percentComplete: null,
    indicatorActuals: [],
    problems: '',
    nextSteps: '',
    attachmentIds: [],
    reason: null,
    late: false,
    authorAccountId: null,
    createdAt: new Date('2024-07-01T03:00:00Z'),
  });
  const audit = (reportId: number) => ({
    at: new Date('2024-07-01T03:00:00Z'),
    actorKind: 'system' as const,
    actorAccountId: null,
    actorLabel: 'test',
    action: 'report.save',
    entityType: 'report',
    entityId: String(reportId),
    before: null,
    after: { rev: 3 },
  });

  test('saves one after another each add a revision; the answer lists the one it stands at', async () => {
    const first = await save(0, '一稿');
    assert.equal(first.status, 200, first.text);
    reportId = first.saved.report.id;
    assert.deepEqual(
      first.saved.report.revisions.map((r) => r.rev),
      [1],
    );
    const second = await save(1, '二稿');
    assert.equal(second.status, 200, second.text);
    assert.equal(second.saved.report.rev, 2);
    assert.equal(second.saved.report.content?.progress, '二稿');
    assert.deepEqual(
      second.saved.report.revisions.map((r) => r.rev),
      [2],
    );
    const stale = await save(1, '旧稿');
    assert.equal(stale.status, 409, stale.text);
  });

  test('the guarded write refuses a row that changed since the read, writing nothing; then writes all three parts', async () => {
    const { reports, audit: trail } = testDb.store.repos;
    const auditCount = async () => (await trail.findForEntity('report', String(reportId))).length;
    const auditsBefore = await auditCount();
    const read = await reports.findSlotWithRevision({
      periodId: fx.periodIds.get('2024-Q2') ?? 0,
      taskId: fx.taskIds.get(1) ?? 0,
      unitId: fx.unitIds.get('市经信局') ?? 0,
      kind: 'unit_input',
    });
    assert.equal(read?.report.id, reportId);
    assert.equal(read?.current?.progress, '二稿');
    // A change that keeps the revision and the state still changes the row.
    await testDb.database.db.update(reportsTable).set({ late: false }).where(eq(reportsTable.id, reportId));
    const moved = await reports.appendSaveIfCurrent({
      expected: { id: reportId, rowVersion: read?.rowVersion ?? '' },
      revision: revision(reportId, 3),
      audit: audit(reportId),
    });
    assert.equal(moved, null);
    assert.equal(await reports.findRevision(reportId, 3), null);
    assert.equal(await auditCount(), auditsBefore);
    assert.equal((await reports.findReport(reportId))?.currentRev, 2);

    const again = await reports.findSlotWithRevision(read?.report ?? fail());
    assert.ok(again && again.rowVersion !== read?.rowVersion, 'the row has a new version');
    const written = await reports.appendSaveIfCurrent({
      expected: { id: reportId, rowVersion: again.rowVersion },
      revision: revision(reportId, 3),
      audit: audit(reportId),
    });
    // Earlier saves are not steps: the answer is the new revision alone.
    assert.deepEqual(
      written?.steps.map((r) => [r.rev, r.progress]),
      [[3, '第3版']],
    );
    assert.equal(written?.steps.at(-1)?.createdAt.toISOString(), '2024-07-01T03:00:00.000Z');
    assert.notEqual(written?.rowVersion, again.rowVersion);
    const stored = await reports.findRevision(reportId, 3);
    assert.deepEqual(written?.steps.at(-1), stored);
    assert.deepEqual(stored?.indicatorActuals, []);
    assert.equal(stored?.late, false);
    assert.equal((await reports.findReport(reportId))?.currentRev, 3);
    assert.equal(await auditCount(), auditsBefore + 1);
  });

  test('after a write the app did not make, a save from the old revision is refused with the current one', async () => {
    const stale = await save(2, '我以为还是第2版');
    assert.equal(stale.status, 409, stale.text);
    const fresh = await save(3, '第4版');
    assert.equal(fresh.status, 200, fresh.text);
    assert.equal(fresh.saved.report.rev, 4);
    assert.equal(fresh.saved.report.content?.progress, '第4版');
  });

  test('a filing changed elsewhere without a new revision is read again before the next save', async () => {
    await testDb.database.db.update(reportsTable).set({ late: true }).where(eq(reportsTable.id, reportId));
    const next = await save(4, '第5版');
    assert.equal(next.status, 200, next.text);
    assert.equal(next.saved.report.late, true);
    assert.deepEqual(
      next.saved.report.revisions.map((r) => r.rev),
      [5],
    );
    const following = await save(5, '第6版');
    assert.equal(following.status, 200, following.text);
    assert.deepEqual(
      following.saved.report.revisions.map((r) => r.rev),
      [6],
    );
    const read = body<Saved>(await call('jxj.reporter', 'GET', `/api/reports/${reportId}`));
    assert.deepEqual(
      read.report.revisions.map((r) => r.rev),
      [1, 2, 3, 4, 5, 6],
      'the whole history comes with the filing',
    );
  });

  test('a reporter whose text holds a NUL character is refused with 400 and nothing is written', async () => {
    const current = async () => {
      const [row] = await testDb.database.db.select().from(reportsTable).where(eq(reportsTable.id, reportId));
      return row?.currentRev;
    };
    const rev = await current();
    assert.ok(rev, 'the filing the tests above saved');
    const fields = ['progress', 'problems', 'nextSteps'] as const;
    for (const field of fields) {
      const response = await call('jxj.reporter', 'PUT', url, {
        baseRev: rev,
        [field]: `本季度\u0000推进`,
      });
      assert.equal(response.statusCode, 400, `${field}: ${response.body}`);
      assert.equal(errorCode(response), 'request.nul_character');
    }
    assert.equal(await current(), rev, 'no revision was written');
  });
});
