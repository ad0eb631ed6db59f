// The data the documents benchmark runs on: the 2024 plan imported from the seed notice into an
// in-memory PGlite database or a throwaway PostgreSQL one, a reporter account per unit that owes filings, and Q1 to Q3 filed in
// full (every owed filing saved, submitted, signed off and accepted; every tenth returned once first).
// The filings are written to the tables in bulk, so setting up a year stays quick; the measured work
// goes through the use cases.
import type { Actor } from '../src/core/policy/policy.types.ts';
import type { ReportContent } from '../src/core/report/report.types.ts';
import { openDatabase } from '../src/db/client.ts';
import { applyMigrations } from '../src/db/migrate.ts';
import type { Database, Db } from '../src/db/client.ts';
import { createEmptyBenchDatabase } from './support/bench-database.ts';
import { reportRevisions, reports } from '../src/db/schema/index.ts';
import { createStore } from '../src/db/store.ts';
import { importNotice } from '../src/importer/import-notice.ts';
import { createAccount } from '../src/services/accounts/accounts.usecases.ts';
import { commitPlanImport, previewPlanImport } from '../src/services/plans/plan-import.usecases.ts';
import { findUnitsOwing } from '../src/services/reports/owing-units.ts';
import type { OwingUnit } from '../src/services/reports/reports.types.ts';
import type { TaskWithIndicators, PeriodRecord } from '../src/services/plans/plans.types.ts';
import type { Store } from '../src/services/store.ts';
import { fixedClock } from '../src/services/support/clock.ts';
import { argon2Hasher } from '../src/services/support/password-hasher.ts';

export const OPERATOR: Actor = { kind: 'system', role: 'admin', label: 'bench' };
/** Q4 is open and not yet due: the quarter the templates are filed for. */
export const clock = fixedClock(new Date('2025-01-02T02:00:00Z'));

export interface BenchData {
  store: Store;
  close: () => Promise<void>;
  periods: Map<string, PeriodRecord>;
  reporters: Map<number, Actor>;
  filingsPerQuarter: number;
}

export type BenchDatabaseKind = 'pglite' | 'postgres';

/** In-memory PGlite, or a throwaway database on the PostgreSQL server (dropped on close). */
async function openBenchDatabase(
  kind: BenchDatabaseKind,
): Promise<{ database: Database; close: () => Promise<void> }> {
  if (kind === 'postgres') {
    const { database, drop } = await createEmptyBenchDatabase();
    return { database, close: drop };
  }
  const database = await openDatabase({ dataDir: 'memory://' });
  await applyMigrations(database);
  return { database, close: () => database.close() };
}

export async function benchData(seed: Uint8Array, kind: BenchDatabaseKind): Promise<BenchData> {
  const { database, close } = await openBenchDatabase(kind);
  const store = createStore(database.db);
  const deps = { actor: OPERATOR, store, clock };
  const { preview } = await previewPlanImport({
    ...deps,
    bytes: seed,
    fileName: 'seed.txt',
    readNotice: importNotice,
  });
  await commitPlanImport({ ...deps, previewId: preview.id, acceptInferred: true });
  const periods = new Map<string, PeriodRecord>();
  for (const key of ['2024-Q1', '2024-Q2', '2024-Q3', '2024-Q4'] as const) {
    const period = await store.repos.reports.findPeriod(key);
    if (!period) throw new Error(`no period ${key}`);
    periods.set(key, period);
  }
  const q4 = periods.get('2024-Q4');
  const owing = q4 ? await findUnitsOwing(store.repos, { period: q4 }) : [];
  const reporters = await unitReporters(store, owing);
  const tasks = new Map(
    (await store.repos.reports.findTasks(q4?.planId ?? 0)).map((task) => [task.id, task]),
  );
  for (const [index, key] of (['2024-Q1', '2024-Q2', '2024-Q3'] as const).entries()) {
    const period = periods.get(key);
    if (period) await fileQuarter(database.db, store, { period, quarter: index + 1, tasks });
  }
  return { store, close, periods, reporters, filingsPerQuarter: owing.length };
}

async function unitReporters(store: Store, owing: readonly OwingUnit[]): Promise<Map<number, Actor>> {
  const hasher = argon2Hasher({ memoryCost: 1024, timeCost: 1 });
  const secrets = { token: () => 'unused', initialPassword: () => 'Bench-initial-pass-1' };
  const reporters = new Map<number, Actor>();
  for (const unitId of new Set(owing.map((unit) => unit.unitId))) {
    const { account } = await createAccount({
      actor: OPERATOR,
      login: `bench-${unitId}`,
      displayName: `bench ${unitId}`,
      role: 'reporter',
      unitId,
      store,
      clock,
      hasher,
      secrets,
    });
    reporters.set(unitId, {
      kind: 'account',
      accountId: account.id,
      role: 'reporter',
      unitId,
      mustChangePassword: false,
    });
  }
  return reporters;
}

async function fileQuarter(
  db: Db,
  store: Store,
  input: { period: PeriodRecord; quarter: number; tasks: Map<number, TaskWithIndicators> },
): Promise<void> {
  const owing = await findUnitsOwing(store.repos, { period: input.period });
  const at = new Date(`${input.period.dueOn}T00:00:00Z`);
  const filed = owing.flatMap((owed, index) => {
    const task = input.tasks.get(owed.taskId);
    return task ? [{ owed, task, returned: index % 10 === 0 }] : [];
  });
  const times = {
    createdAt: at,
    updatedAt: at,
    firstSubmittedAt: at,
    submittedAt: at,
    signedOffAt: at,
    acceptedAt: at,
  };
  for (const chunk of chunks(filed, 200)) {
    const rows = await db
      .insert(reports)
      .values(
        chunk.map(({ owed, task, returned }) => ({
          kind: owed.role === 'lead' ? 'task_report' : 'unit_input',
          periodId: input.period.id,
          taskId: task.id,
          unitId: owed.unitId,
          state: 'accepted',
          currentRev: eventsOf(returned).length,
          ...times,
          returnedAt: returned ? at : null,
        })),
      )
      .returning({ id: reports.id });
    const revisions = chunk.flatMap(({ owed, task, returned }, index) =>
      eventsOf(returned).map((event, rev) => ({
        reportId: rows[index]?.id ?? 0,
        rev: rev + 1,
        event,
        state: STATES[event],
        ...contentFor(task, owed, input.quarter),
        reason: event === 'return' ? '请补充数据' : null,
        late: false,
        authorAccountId: null,
        createdAt: at,
      })),
    );
    for (const part of chunks(revisions, 200)) await db.insert(reportRevisions).values(part);
  }
}

const STATES = {
  save: 'draft',
  submit: 'submitted',
  sign_off: 'signed_off',
  return: 'returned',
  accept: 'accepted',
} as const;

function eventsOf(returned: boolean) {
  return returned
    ? (['save', 'submit', 'sign_off', 'return', 'submit', 'sign_off', 'accept'] as const)
    : (['save', 'submit', 'sign_off', 'accept'] as const);
}

function chunks<T>(items: readonly T[], size: number): T[][] {
  const result: T[][] = [];
  for (let start = 0; start < items.length; start += size) result.push(items.slice(start, start + size));
  return result;
}

function contentFor(task: TaskWithIndicators, owed: OwingUnit, quarter: number): ReportContent {
  return {
    progress: `${owed.name}第${quarter}季度推进第${task.seq}项任务:1. 召开专题会议研究部署;2. 出台配套政策文件;3. 重点项目按计划推进,完成年度目标的${quarter * 25}%。`,
    selfStatus: 'on_track',
    percentComplete: quarter * 25,
    indicatorActuals: task.indicators.map((indicator) => ({
      indicatorId: indicator.id,
      value: (indicator.targetValue * quarter) / 4,
    })),
    problems: '要素保障仍需加强。',
    nextSteps: '加快项目建设进度。',
    attachmentIds: [],
  };
}
