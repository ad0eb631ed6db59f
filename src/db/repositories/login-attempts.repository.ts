// Login attempts: the log the throttle counts from (see core/account/login-throttle.ts).
import { and, count, countDistinct, eq, gte, isNull, max, min, notExists, sql, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { NO_FAILURES } from '../../core/account/login-throttle.ts';
import type { LoginAttemptsRepository, ThrottleWindows } from '../../services/accounts/accounts.types.ts';
import type { Db } from '../client.ts';
import { accounts, loginAttempts } from '../schema/index.ts';

/** Advisory lock namespaces: attempts on one login, and attempts from one address. */
const LOGIN_LOCK = 7301;
const ADDRESS_LOCK = 7302;

const success = alias(loginAttempts, 'success');

/** Failures still counted. */
const counted = (from: Date): SQL =>
  and(eq(loginAttempts.succeeded, false), isNull(loginAttempts.clearedAt), gte(loginAttempts.at, from))!;

/** The failure's login has not signed in from the failure's address since `knownFrom`. */
function notKnownThere(knownFrom: Date, db: Db): SQL {
  return notExists(
    db
      .select({ one: sql`1` })
      .from(success)
      .where(
        and(
          eq(success.login, loginAttempts.login),
          eq(success.ip, loginAttempts.ip),
          eq(success.succeeded, true),
          gte(success.at, knownFrom),
        ),
      ),
  );
}

export function loginAttemptsRepository(db: Db): LoginAttemptsRepository {
  const addressTally = async (ip: string, windows: ThrottleWindows) => {
    const [row] = await db
      .select({ logins: countDistinct(loginAttempts.login), last: max(loginAttempts.at) })
      .from(loginAttempts)
      .where(and(eq(loginAttempts.ip, ip), counted(windows.sprayFrom), notKnownThere(windows.knownFrom, db)));
    return { failures: row?.logins ?? 0, lastFailureAt: row?.last ?? null };
  };
  return {
    async record(attempt) {
      const [row] = await db.insert(loginAttempts).values(attempt).returning({ id: loginAttempts.id });
      if (!row) throw new Error('insert into login_attempts returned no row');
      return row.id;
    },
    async markSucceeded(id) {
      await db.update(loginAttempts).set({ succeeded: true }).where(eq(loginAttempts.id, id));
    },
    async serialize(login, ip) {
      await db.execute(
        sql`select pg_advisory_xact_lock(${sql.raw(String(LOGIN_LOCK))}, hashtext(${login}::text))`,
      );
      if (ip !== null)
        await db.execute(
          sql`select pg_advisory_xact_lock(${sql.raw(String(ADDRESS_LOCK))}, hashtext(${ip}::text))`,
        );
    },
    async facts(login, ip, windows) {
      const fromHere = ip === null ? sql`false` : eq(loginAttempts.ip, ip);
      const [tally] = await db
        .select({
          failures: count(),
          last: max(loginAttempts.at),
          hereFailures: sql<number>`count(*) filter (where ${fromHere})`.mapWith(Number),
          hereLast: sql<Date | null>`max(${loginAttempts.at}) filter (where ${fromHere})`.mapWith(
            loginAttempts.at,
          ),
        })
        .from(loginAttempts)
        .where(and(eq(loginAttempts.login, login), counted(windows.failuresFrom)));
      const loginTally = { failures: tally?.failures ?? 0, lastFailureAt: tally?.last ?? null };
      if (ip === null)
        return { login: loginTally, pair: NO_FAILURES, address: NO_FAILURES, knownHere: false };
      const known = await db
        .select({ one: sql`1` })
        .from(loginAttempts)
        .where(
          and(
            eq(loginAttempts.login, login),
            eq(loginAttempts.ip, ip),
            eq(loginAttempts.succeeded, true),
            gte(loginAttempts.at, windows.knownFrom),
          ),
        )
        .limit(1);
      return {
        login: loginTally,
        pair: { failures: tally?.hereFailures ?? 0, lastFailureAt: tally?.hereLast ?? null },
        address: await addressTally(ip, windows),
        knownHere: known.length > 0,
      };
    },
    async clearFailures(of, at) {
      const whose = 'login' in of ? eq(loginAttempts.login, of.login) : eq(loginAttempts.ip, of.address);
      const rows = await db
        .update(loginAttempts)
        .set({ clearedAt: at })
        .where(and(whose, eq(loginAttempts.succeeded, false), isNull(loginAttempts.clearedAt)))
        .returning({ login: loginAttempts.login });
      const perLogin = new Map<string, number>();
      for (const row of rows) perLogin.set(row.login, (perLogin.get(row.login) ?? 0) + 1);
      return [...perLogin].map(([login, failures]) => ({ login, failures }));
    },
    async failingLogins(windows, minFailures) {
      const rows = await db
        .select({
          login: loginAttempts.login,
          failures: count(),
          first: min(loginAttempts.at),
          last: max(loginAttempts.at),
          addresses: countDistinct(loginAttempts.ip),
          accountId: accounts.id,
          displayName: accounts.displayName,
        })
        .from(loginAttempts)
        .leftJoin(accounts, eq(accounts.login, loginAttempts.login))
        .where(counted(windows.failuresFrom))
        .groupBy(loginAttempts.login, accounts.id)
        .having(sql`count(*) >= ${minFailures}`)
        .orderBy(loginAttempts.login);
      return rows.flatMap(({ login, failures, first, last, addresses, accountId, displayName }) => {
        if (!first || !last) return [];
        const account = accountId !== null && displayName !== null ? { id: accountId, displayName } : null;
        return [{ login, failures, firstFailureAt: first, lastFailureAt: last, addresses, account }];
      });
    },
    async sprayingAddresses(windows, minLogins) {
      const rows = await db
        .select({
          address: loginAttempts.ip,
          logins: countDistinct(loginAttempts.login),
          failures: count(),
          first: min(loginAttempts.at),
          last: max(loginAttempts.at),
        })
        .from(loginAttempts)
        .where(and(counted(windows.sprayFrom), notKnownThere(windows.knownFrom, db)))
        .groupBy(loginAttempts.ip)
        .having(sql`count(distinct ${loginAttempts.login}) >= ${minLogins}`)
        .orderBy(loginAttempts.ip);
      return rows.flatMap(({ address, logins, failures, first, last }) =>
        address && first && last
          ? [{ address, logins, failures, firstFailureAt: first, lastFailureAt: last }]
          : [],
      );
    },
  };
}
