// A full year of filings for the benchmark, written in bulk inside one transaction (setup, not the
// thing measured): a reporter and an approver with a ready session for every owing unit, 2024-Q1 to
// Q3 accepted (save, submit, sign-off, accept) and 2024-Q4 saved once as a draft.
import { and, eq } from 'drizzle-orm';
import type { Db } from '../../src/db/client.ts';
import { accounts, periods, reportRevisions, reports, sessions, tasks } from '../../src/db/schema/index.ts';
import { findUnitsOwingInPlan, type OwingUnit } from '../../src/services/plans/units-owing.ts';
import { hashToken } from '../../src/services/support/secrets.ts';
import type { BenchDatabase } from './bench-database.ts';

export interface Headers {
  cookie: string;
  'x-csrf-token': string;
}

export interface Slot {
  taskId: number;
  unitId: number;
  kind: 'unit_input' | 'task_report';
}

export interface BenchYear {
  /** A reporter's session per unit. */
  reporterOf: Map<number, Headers>;
  supervisor: Headers;
  /** Every owed filing of 2024-Q4, each a draft at revision 1. */
  drafts: Slot[];
  owing: OwingUnit[];
  reportCount: number;
  revisionCount: number;
}

const CHUNK = 1000;
const T = (iso: string) => new Date(iso);
interface Quarter {
  key: string;
  at: string;
  accepted: boolean;
}
/** A plan year's four quarters, filed three days after each quarter's end; the last open unless `closed`. */
const quartersOf = (year: number, closed: boolean): Quarter[] => [
  { key: `${year}-Q1`, at: `${year}-04-03T02:00:00Z`, accepted: true },
  { key: `${year}-Q2`, at: `${year}-07-03T02:00:00Z`, accepted: true },
  { key: `${year}-Q3`, at: `${year}-10-03T02:00:00Z`, accepted: true },
  { key: `${year}-Q4`, at: `${year + 1}-01-03T02:00:00Z`, accepted: closed },
];
const QUARTERS = quartersOf(2024, false);
const CONTENT = {
  progress: '按季度推进重点项目建设,完成年度计划投资的阶段目标;召开专题调度会,协调解决要素保障问题。',
  selfStatus: 'on_track',
  percentComplete: 50,
  problems: '部分项目前期手续办理进度偏慢。',
  nextSteps: '加强调度,推动项目按期开工。',
};

export async function loadYear(bench: BenchDatabase): Promise<BenchYear> {
  const db = bench.database.db;
  const { units: owing } = await findUnitsOwingInPlan({
    repos: bench.store.repos,
    planId: bench.planId,
    asOf: '2024-12-31',
  });
  return db.transaction(async (tx) => {
    const reporterOf = await seedUnitAccounts(tx, [...new Set(owing.map((unit) => unit.unitId))]);
    const supervisor = (
      await seedAccounts(tx, [{ login: 'bench.supervisor', role: 'supervisor', unitId: null }])
    )[0];
    if (!supervisor) throw new Error('no supervisor session');
    let reportCount = 0;
    let revisionCount = 0;
    for (const quarter of QUARTERS) {
      const written = await seedQuarter(tx, bench.planId, quarter, owing);
      reportCount += written.reports;
      revisionCount += written.revisions;
    }
    const drafts = owing.map((unit): Slot => ({
      taskId: unit.taskId,
      unitId: unit.unitId,
      kind: kindOf(unit),
    }));
    return { reporterOf, supervisor, drafts, owing, reportCount, revisionCount };
  });
}

/**
 * An earlier plan year (ten years in one database): every owing unit filed every quarter, each
 * accepted. Returns how many filings and revisions it wrote.
 */
export async function loadPastYear(
  bench: Pick<BenchDatabase, 'database' | 'store'>,
  plan: { id: number; year: number },
): Promise<{ reports: number; revisions: number }> {
  const { units: owing } = await findUnitsOwingInPlan({
    repos: bench.store.repos,
    planId: plan.id,
    asOf: `${plan.year}-12-31`,
  });
  return bench.database.db.transaction(async (tx) => {
    const tally = { reports: 0, revisions: 0 };
    for (const quarter of quartersOf(plan.year, true)) {
      const written = await seedQuarter(tx, plan.id, quarter, owing);
      tally.reports += written.reports;
      tally.revisions += written.revisions;
    }
    return tally;
  });
}

const kindOf = (unit: OwingUnit) => (unit.role === 'lead' ? 'task_report' : 'unit_input');

async function seedUnitAccounts(db: Db, unitIds: number[]): Promise<Map<number, Headers>> {
  const rows = unitIds.flatMap((unitId) => [
    { login: `bench.${unitId}.reporter`, role: 'reporter', unitId },
    { login: `bench.${unitId}.approver`, role: 'approver', unitId },
  ]);
  const headers = await seedAccounts(db, rows);
  return new Map(unitIds.map((unitId, i) => [unitId, headers[i * 2] ?? fail('no reporter session')]));
}

/** Accounts with a placeholder hash and an open session each, in the order given. */
async function seedAccounts(
  db: Db,
  rows: { login: string; role: string; unitId: number | null }[],
): Promise<Headers[]> {
  const now = new Date();
  const ids = await db
    .insert(accounts)
    .values(
      rows.map((row) => ({
        ...row,
        displayName: row.login,
        passwordHash: 'not-a-hash: signs in by a seeded session',
        mustChangePassword: false,
        createdAt: now,
      })),
    )
    .returning({ id: accounts.id, login: accounts.login });
  const byLogin = new Map(ids.map((row) => [row.login, row.id]));
  const expiresAt = new Date(now.getTime() + 24 * 3_600_000);
  await db.insert(sessions).values(
    rows.map((row) => ({
      accountId: byLogin.get(row.login) ?? fail(`no account ${row.login}`),
      tokenHash: hashToken(`token-${row.login}`),
      csrfToken: `csrf-${row.login}`,
      createdAt: now,
      expiresAt,
    })),
  );
  return rows.map((row) => ({
    cookie: `duban_session=token-${row.login}`,
    'x-csrf-token': `csrf-${row.login}`,
  }));
}

async function seedQuarter(
  db: Db,
  planId: number,
  quarter: Quarter,
  owing: OwingUnit[],
): Promise<{ reports: number; revisions: number }> {
  const [period] = await db
    .select({ id: periods.id })
    .from(periods)
    .where(and(eq(periods.planId, planId), eq(periods.key, quarter.key)));
  if (!period) throw new Error(`no period ${quarter.key}`);
  const at = T(quarter.at);
  const events = quarter.accepted
    ? ([
        ['save', 'draft'],
        ['submit', 'submitted'],
        ['sign_off', 'signed_off'],
        ['accept', 'accepted'],
      ] as const)
    : ([['save', 'draft']] as const);
  const last = events[events.length - 1] ?? fail('no events');
  let revisions = 0;
  for (let start = 0; start < owing.length; start += CHUNK) {
    const chunk = owing.slice(start, start + CHUNK);
    const written = await db
      .insert(reports)
      .values(
        chunk.map((unit) => ({
          kind: kindOf(unit),
          periodId: period.id,
          taskId: unit.taskId,
          unitId: unit.unitId,
          state: last[1],
          currentRev: events.length,
          createdAt: at,
          updatedAt: at,
          ...(quarter.accepted
            ? { firstSubmittedAt: at, submittedAt: at, signedOffAt: at, acceptedAt: at }
            : {}),
        })),
      )
      .returning({ id: reports.id });
    const rows = written.flatMap(({ id }) =>
      events.map(([event, state], i) => ({
        reportId: id,
        rev: i + 1,
        event,
        state,
        ...CONTENT,
        createdAt: at,
      })),
    );
    for (let from = 0; from < rows.length; from += CHUNK) {
      await db.insert(reportRevisions).values(rows.slice(from, from + CHUNK));
    }
    revisions += rows.length;
  }
  return { reports: owing.length, revisions };
}

/** The unit owing the most tasks (the heaviest worklist). */
export function busiestUnit(year: BenchYear): { unitId: number; owed: number } {
  const counts = new Map<number, number>();
  for (const unit of year.owing) counts.set(unit.unitId, (counts.get(unit.unitId) ?? 0) + 1);
  const [unitId, owed] = [...counts].sort((a, b) => b[1] - a[1])[0] ?? [0, 0];
  return { unitId, owed };
}

/** The task with the given notice number. */
export async function taskIdOf(db: Db, planId: number, seq: number): Promise<number> {
  const [row] = await db
    .select({ id: tasks.id })
    .from(tasks)
    .where(and(eq(tasks.planId, planId), eq(tasks.seq, seq)));
  return row?.id ?? fail(`no task ${seq}`);
}

function fail(message: string): never {
  throw new Error(message);
}
