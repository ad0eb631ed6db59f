import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { sql } from 'drizzle-orm';
import { main } from '../../src/cli/main.ts';
import { MIGRATIONS_FOLDER, applyMigrations } from '../../src/db/migrate.ts';
import {
  accounts,
  periods,
  reportRevisions,
  reports,
  taskAssignments,
  tasks,
} from '../../src/db/schema/index.ts';
import { T0 } from './support/deterministic.ts';
import { seedPlan } from './support/seed.ts';
import { openTestDatabase, usingPostgres, type TestDatabase } from './support/test-database.ts';

const TABLES = [
  'accounts',
  'attachments',
  'audit_events',
  'card_steps',
  'cards',
  'completions',
  'directory_version',
  'extension_requests',
  'hotline_answers',
  'hotline_messages',
  'import_issues',
  'login_attempts',
  'notification_deliveries',
  'notifications',
  'period_snapshots',
  'periods',
  'plan_import_previews',
  'plan_rules',
  'plans',
  'quality_flag_dismissals',
  'report_revisions',
  'reports',
  'sessions',
  'structure_nodes',
  'supervision_orders',
  'task_assignments',
  'task_filing_generations',
  'task_indicators',
  'tasks',
  'unit_aliases',
  'unit_filing_generations',
  'unit_group_members',
  'unit_successions',
  'unit_versions',
  'unit_webhooks',
  'units',
];

function rowsOf(result: unknown): Record<string, unknown>[] {
  assert.ok(result && typeof result === 'object' && 'rows' in result && Array.isArray(result.rows));
  return result.rows as Record<string, unknown>[];
}

const rejectsWithCause = (promise: Promise<unknown>, pattern: RegExp) =>
  assert.rejects(promise, (error: Error) => pattern.test(`${error.message} ${String(error.cause)}`));

describe(`migrations on ${usingPostgres ? 'PostgreSQL' : 'PGlite'}`, () => {
  let testDb: TestDatabase;
  let ids: Awaited<ReturnType<typeof seedPlan>>;

  before(async () => {
    testDb = await openTestDatabase();
    ids = await seedPlan(testDb.database.db, {
      year: 2024,
      units: [{ name: '市发改委' }, { name: '市经信局' }],
      tasks: [{ seq: 11, lead: ['市发改委'] }],
    });
  });
  after(async () => {
    await testDb.close();
  });

  const db = () => testDb.database.db;

  test('create every table of the schema', async () => {
    const result = await db().execute(
      sql`select table_name from information_schema.tables where table_schema = 'public' order by table_name`,
    );
    assert.deepEqual(
      rowsOf(result).map((row) => row['table_name']),
      TABLES,
    );
  });

  test('applying them again changes nothing', async () => {
    const count = async () =>
      rowsOf(await db().execute(sql`select count(*)::int as n from drizzle.__drizzle_migrations`));
    const before = await count();
    await applyMigrations(testDb.database);
    assert.deepEqual(await count(), before);
    const journal = JSON.parse(await readFile(join(MIGRATIONS_FOLDER, 'meta', '_journal.json'), 'utf8')) as {
      entries: unknown[];
    };
    assert.equal(before[0]?.['n'], journal.entries.length);
  });

  test('the database refuses a reporter account without a unit', async () => {
    const account = {
      login: 'no.unit',
      displayName: 'x',
      passwordHash: 'x',
      role: 'reporter',
      createdAt: T0,
    };
    await rejectsWithCause(db().insert(accounts).values(account), /accounts_unit_for_unit_roles/);
  });

  test('a task number is unique within its plan', async () => {
    const task = { planId: ids.planId, seq: 11, path: ['二'], text: 'again', assignmentCertainty: 'certain' };
    await rejectsWithCause(db().insert(tasks).values(task), /tasks_plan_seq|duplicate key/);
  });

  test('a period key must look like 2024-Q1', async () => {
    const period = { planId: ids.planId, key: '2024-Q5', opensOn: '2024-10-01', dueOn: '2025-01-05' };
    await rejectsWithCause(db().insert(periods).values(period), /periods_key_format/);
  });

  test("a task's lead can move: the old assignment ends, the new one starts, both stay on record", async () => {
    const [task] = await db()
      .select()
      .from(tasks)
      .where(sql`${tasks.seq} = 11`);
    assert.ok(task);
    const newLead = ids.unitIds.get('市经信局') ?? 0;
    await db()
      .update(taskAssignments)
      .set({ validTo: '2024-07-01' })
      .where(sql`${taskAssignments.taskId} = ${task.id} and ${taskAssignments.role} = 'lead'`);
    await db().insert(taskAssignments).values({
      taskId: task.id,
      unitId: newLead,
      role: 'lead',
      validFrom: '2024-07-01',
      source: 'manual',
      reason: '职能调整',
      createdAt: T0,
    });
    const history = await db()
      .select()
      .from(taskAssignments)
      .where(sql`${taskAssignments.taskId} = ${task.id}`);
    assert.equal(history.length, 2);
    assert.deepEqual(
      history.filter((row) => row.validTo === null).map((row) => row.unitId),
      [newLead],
    );
  });

  test('a unit holds at most one open assignment per task and role', async () => {
    const [task] = await db()
      .select()
      .from(tasks)
      .where(sql`${tasks.seq} = 11`);
    assert.ok(task);
    const again = {
      taskId: task.id,
      unitId: ids.unitIds.get('市经信局') ?? 0,
      role: 'lead',
      validFrom: '2024-08-01',
      source: 'manual',
      createdAt: T0,
    };
    await rejectsWithCause(
      db().insert(taskAssignments).values(again),
      /task_assignments_one_current|duplicate key/,
    );
  });

  test('a report keeps numbered revisions, each number once, and none is ever rewritten', async () => {
    const [task] = await db()
      .select()
      .from(tasks)
      .where(sql`${tasks.seq} = 11`);
    assert.ok(task);
    const [period] = await db()
      .insert(periods)
      .values({ planId: ids.planId, key: '2024-Q2', opensOn: '2024-06-20', dueOn: '2024-07-05' })
      .returning();
    assert.ok(period);
    const [report] = await db()
      .insert(reports)
      .values({
        kind: 'task_report',
        periodId: period.id,
        taskId: task.id,
        unitId: ids.unitIds.get('市发改委') ?? 0,
        currentRev: 1,
        createdAt: T0,
        updatedAt: T0,
      })
      .returning();
    assert.ok(report);
    const revision = {
      reportId: report.id,
      rev: 1,
      event: 'save',
      state: 'draft',
      progress: '已完成',
      createdAt: T0,
    };
    await db().insert(reportRevisions).values(revision);
    await rejectsWithCause(
      db().insert(reportRevisions).values(revision),
      /report_revisions_report_rev|duplicate key/,
    );
  });
});

describe('duban migrate', () => {
  let testDb: TestDatabase;
  const savedUrl = process.env['DATABASE_URL'];

  before(async () => {
    testDb = await openTestDatabase({ onDisk: true });
    await testDb.database.close();
    if (testDb.options.databaseUrl) process.env['DATABASE_URL'] = testDb.options.databaseUrl;
    else delete process.env['DATABASE_URL'];
  });
  after(async () => {
    if (savedUrl === undefined) delete process.env['DATABASE_URL'];
    else process.env['DATABASE_URL'] = savedUrl;
    await testDb.close();
  });

  test('reports which database it migrated', async () => {
    const out: string[] = [];
    const dataArgs = testDb.options.dataDir ? ['--data', testDb.options.dataDir] : [];
    const code = await main(['migrate', ...dataArgs], {
      stdout: (text) => out.push(text),
      stderr: (text) => out.push(text),
      isTty: false,
    });
    assert.equal(code, 0);
    assert.match(
      out.join(''),
      usingPostgres ? /migrations applied \(postgres: / : /migrations applied \(pglite: /,
    );
  });
});
