// Sessions.
import { and, eq, gt, isNull, ne, sql, type SQL } from 'drizzle-orm';
import type {
  PeriodStanding,
  SessionRecord,
  SessionsRepository,
} from '../../services/accounts/accounts.types.ts';
import type { Db } from '../client.ts';
import {
  accounts,
  directoryVersion,
  periods,
  reports,
  sessions,
  taskFilingGenerations,
  unitFilingGenerations,
} from '../schema/index.ts';
import { toAccountRecord } from './accounts.repository.ts';
import { toReportStanding } from './report-rows.ts';
import { preparedOnce } from './prepared.ts';

type SessionRow = typeof sessions.$inferSelect;

/** Read with the session so a request learns the reference version without another round trip. */
const REFERENCE_VERSION = sql<string>`(select ${directoryVersion.version} from ${directoryVersion} where ${directoryVersion.id} = 1)`;

/**
 * And the generation of the account's unit's filings ('0' before its first filing); for an account
 * without a unit, the city's: the sum of every unit's, which each write to anyone's filings raises.
 */
const FILING_GENERATION = sql<string>`case when ${accounts.unitId} is null
  then (select coalesce(sum(${unitFilingGenerations.generation}), 0)::text from ${unitFilingGenerations})
  else coalesce((select ${unitFilingGenerations.generation}::text from ${unitFilingGenerations}
    where ${unitFilingGenerations.unitId} = ${accounts.unitId}), '0') end`;

/** And, when the request names a task (0 when it names none), that task's filing generation. */
const TASK_GENERATION = sql<string>`coalesce((select ${taskFilingGenerations.generation}::text
  from ${taskFilingGenerations}
  where ${taskFilingGenerations.taskId} = ${sql.placeholder('taskId')}::integer), '0')`;

/**
 * And, for a request that names a period key, where the unit's filings stand in the periods of that
 * key (the unit it names, 0 for the account's own): one array per filing, in the order of
 * StandingArray, so a worklist worked out afresh needs no second round trip.
 */
const STANDINGS = sql<unknown>`(select coalesce(json_agg(json_build_array(${reports.periodId}, ${reports.id},
      ${reports.taskId}, ${reports.kind}, ${reports.state}, ${reports.currentRev}, ${reports.late})
      order by ${reports.id}), '[]')
    from ${reports} join ${periods} on ${periods.id} = ${reports.periodId}
    where ${periods.key} = ${sql.placeholder('periodKey')}::text
      and ${reports.unitId} = coalesce(nullif(${sql.placeholder('standingsUnitId')}::integer, 0), ${accounts.unitId}))`;

type StandingArray = [number, number, number, string, string, number, boolean];

function toPeriodStandings(json: unknown, unitId: number): PeriodStanding[] | null {
  if (json === null || json === undefined) return null;
  const rows = (typeof json === 'string' ? JSON.parse(json) : json) as StandingArray[];
  return rows.map(([periodId, id, taskId, kind, state, currentRev, late]) => ({
    periodId,
    ...toReportStanding({ id, taskId, unitId, kind, state, currentRev, late }),
  }));
}

function toSessionRecord(row: SessionRow): SessionRecord {
  const { id, accountId, csrfToken, createdAt, expiresAt, revokedAt } = row;
  return { id, accountId, csrfToken, createdAt, expiresAt, revokedAt };
}

export function sessionsRepository(db: Db): SessionsRepository {
  // Two statements rather than one whose standings hang on a parameter: PostgreSQL would plan such
  // a statement afresh on every call (the plan without the standings is cheaper than the generic
  // one), about half a millisecond of the database's time on every signed-in request.
  const activeByToken = preparedOnce(() => activeSessionQuery(db, 'sessions_active_by_token', sql`null`));
  const activeWithStandings = preparedOnce(() =>
    activeSessionQuery(db, 'sessions_active_by_token_standings', STANDINGS),
  );
  return {
    async insert(session) {
      const [row] = await db.insert(sessions).values(session).returning();
      if (!row) throw new Error('insert into sessions returned no row');
      return toSessionRecord(row);
    },
    async findActive(tokenHash, now, named = {}) {
      const asked = { tokenHash, now: now.toISOString(), taskId: named.taskId ?? 0 };
      const [row] = named.standings
        ? await activeWithStandings().execute({
            ...asked,
            periodKey: named.standings.periodKey,
            standingsUnitId: named.standings.unitId ?? 0,
          })
        : await activeByToken().execute(asked);
      if (!row) return null;
      const { referenceVersion, filingGeneration, taskGeneration } = row;
      const account = toAccountRecord(row.accounts);
      const unitId = named.standings?.unitId ?? account.unitId ?? 0;
      return {
        session: toSessionRecord(row.sessions),
        account,
        referenceVersion,
        filingGeneration,
        taskGeneration,
        standings: unitId === 0 ? null : toPeriodStandings(row.standings, unitId),
      };
    },
    async revoke(id, at) {
      await db
        .update(sessions)
        .set({ revokedAt: at })
        .where(and(eq(sessions.id, id), isNull(sessions.revokedAt)));
    },
    async revokeAllForAccount(accountId, at, keepSessionId) {
      const open = and(eq(sessions.accountId, accountId), isNull(sessions.revokedAt));
      const where = keepSessionId === undefined ? open : and(open, ne(sessions.id, keepSessionId));
      const rows = await db
        .update(sessions)
        .set({ revokedAt: at })
        .where(where)
        .returning({ id: sessions.id });
      return rows.length;
    },
  };
}

/** The active session by its token's hash, with its account, versions and generations. */
function activeSessionQuery(db: Db, name: string, standings: SQL<unknown>) {
  return db
    .select({
      sessions,
      accounts,
      referenceVersion: REFERENCE_VERSION,
      filingGeneration: FILING_GENERATION,
      taskGeneration: TASK_GENERATION,
      standings,
    })
    .from(sessions)
    .innerJoin(accounts, eq(accounts.id, sessions.accountId))
    .where(
      and(
        eq(sessions.tokenHash, sql.placeholder('tokenHash')),
        isNull(sessions.revokedAt),
        gt(sessions.expiresAt, sql`${sql.placeholder('now')}::timestamptz`),
      ),
    )
    .prepare(name);
}
