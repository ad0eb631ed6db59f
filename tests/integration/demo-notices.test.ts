// A fresh demo start (`duban serve --demo`) just after a quarter's due date, with the scheduler
// then running daily for two weeks and nobody reading: every unit has at most one digest a day,
// never a notice per task, and no unit more than 20 unread notices.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { prepareDemo } from '../../src/cli/demo.ts';
import { addDays } from '../../src/core/period/period.ts';
import { latestDirectory } from '../../src/core/unit/directory.ts';
import { recordDueNotices } from '../../src/services/supervision/escalation-tick.ts';
import { testHasher } from './support/deterministic.ts';
import { testApp } from './support/http.ts';
import { openTestDatabase, usingPostgres, type TestDatabase } from './support/test-database.ts';

/** Nine days after the demo plan's third-quarter due date (2026-10-05), before the demo closes it. */
const START = '2026-10-14';
const DAYS = 14;
const morning = (day: string) => new Date(`${day}T01:00:00Z`);

describe(`notices after a fresh demo start on ${usingPostgres ? 'PostgreSQL' : 'PGlite'}`, () => {
  let testDb: TestDatabase;
  let deps: Awaited<ReturnType<typeof testApp>>;
  const recorded: number[] = [];

  before(async () => {
    testDb = await openTestDatabase();
    deps = await testApp(testDb);
    deps.clock.set(morning(START));
    await prepareDemo({ store: testDb.store, clock: deps.clock, hasher: testHasher, live: true });
    for (let day = 0; day < DAYS; day += 1) {
      const now = morning(addDays(START, day));
      recorded.push((await recordDueNotices({ store: testDb.store, now })).recorded);
    }
  });
  after(async () => {
    await deps.app.close();
    await testDb.close();
  });

  test('the start finds a quarter overdue: escalation items are recorded, past quarters left alone', async () => {
    const plan = (await testDb.store.repos.plans.findAll())[0];
    const periods = await testDb.store.repos.plans.findPeriods(plan?.id ?? 0);
    console.log(`periods: ${periods.map((p) => `${p.key} due ${p.dueOn} ${p.state}`).join('; ')}`);
    console.log(`items recorded per daily pass: ${recorded.join(', ')}`);
    assert.ok((recorded[0] ?? 0) > 0, 'the first pass escalates the overdue quarter');
    const q3 = periods.find((period) => period.key === '2026-Q3');
    assert.ok(q3 && q3.dueOn < START, `Q3 due ${q3?.dueOn}`);
    for (const past of periods.filter((period) => period.key < '2026-Q3')) {
      const keys = [...(await testDb.store.repos.notifications.findKeys(past.id))];
      const escalations = keys.filter((key) => /^(reminder|urge|supervision_order):/.test(key));
      assert.deepEqual(escalations, [], `nothing back-filled for ${past.key}`);
    }
  });

  test('every unit has at most one digest a day and no more than 20 unread notices', async () => {
    const units = latestDirectory(await testDb.store.repos.units.loadHistory());
    const unread: number[] = [];
    for (const unit of units) {
      const to = { audience: 'unit' as const, unitId: unit.id };
      const count = await testDb.store.repos.notifications.countUnread(to);
      unread.push(count);
      assert.ok(count <= 20, `${unit.name}: ${count} unread`);
      const digests = await testDb.store.repos.notifications.findFor({
        ...to,
        kind: 'digest',
        offset: 0,
        limit: 50,
      });
      const days = digests.notifications.map((digest) => digest.key);
      assert.equal(new Set(days).size, days.length);
      assert.ok(digests.total <= DAYS, `${unit.name}: ${digests.total} digests`);
    }
    const most = Math.max(...unread);
    const spread = new Map<number, number>();
    for (const count of unread) spread.set(count, (spread.get(count) ?? 0) + 1);
    const table = [...spread].sort(([a], [b]) => a - b).map(([count, n]) => `${count} unread: ${n} units`);
    console.log(`${units.length} units; most unread ${most}; ${table.join('; ')}`);
  });

  test('the overdue items say the true lateness and link to their filings through the digest', async () => {
    const units = latestDirectory(await testDb.store.repos.units.loadHistory());
    let checked = 0;
    for (const unit of units) {
      const to = { audience: 'unit' as const, unitId: unit.id };
      const { notifications } = await testDb.store.repos.notifications.findFor({
        ...to,
        kind: 'digest',
        offset: 0,
        limit: 50,
      });
      const first = notifications.at(-1);
      if (!first) continue;
      for (const item of await testDb.store.repos.notifications.findItems(first.id)) {
        const message = item.lines.at(-1) ?? '';
        const late = /截止(\d{4}-\d{2}-\d{2}),已逾期(\d+)天/.exec(message);
        if (!late) continue;
        const [, dueOn = '', days = ''] = late;
        assert.equal(addDays(dueOn, Number(days)), START, message);
        assert.equal(item.periodKey, '2026-Q3');
        checked += 1;
      }
    }
    console.log(`overdue items of the first digests checked: ${checked}`);
    assert.ok(checked > 0);
  });
});
