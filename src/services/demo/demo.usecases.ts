// The demo: on an empty database, the bundled notice (inferred splits accepted by the system) and
// accounts with fixed, printed passwords for every role. Plain, it is plan 2024 with no filings;
// live (`duban serve --demo`), it is the plan of the current year in the city, its text unchanged
// and its dates moved, with a year of history up to today (demo-year.ts). Re-running it only fills
// in what is missing; a database the demo did not start is never touched.
import type { AccountRole, Actor } from '../../core/policy/policy.types.ts';
import { cityDate } from '../../core/period/city-date.ts';
import { latestDirectory } from '../../core/unit/directory.ts';
import { auditEvent } from '../audit/audit.ts';
import { commitPlanImport, previewPlanImport } from '../plans/plan-import.usecases.ts';
import type { NoticeReader } from '../plans/plans.types.ts';
import type { Clock } from '../support/clock.ts';
import type { PasswordHasher } from '../support/password-hasher.ts';
import type { Store } from '../store.ts';
import { setUnitCode } from '../units/units.usecases.ts';
import { demoActor } from './demo-actor.ts';
import type { DemoPeople } from './demo-history.ts';
import { seedDemoYear, type DemoYearTally } from './demo-year.ts';
import {
  DEMO_ACCOUNTS,
  DEMO_PASSWORD,
  DEMO_UNIT_CODES,
  DEMO_YEAR,
  type DemoAccount,
} from './demo-accounts.ts';

export const DEMO_ACTOR: Actor = { kind: 'system', role: 'admin', label: 'demo' };

export type DemoOutcome =
  | {
      status: 'ready';
      year: number;
      imported: boolean;
      /** What the live demo wrote for the year's past quarters, when it wrote them now. */
      history: DemoYearTally | null;
      created: string[];
      accounts: readonly DemoAccount[];
      password: string;
    }
  /** The database holds data the demo did not create: nothing was changed. */
  | { status: 'refused'; reason: string };

export async function startDemo(input: {
  store: Store;
  clock: Clock;
  hasher: PasswordHasher;
  readNotice: NoticeReader;
  notice: { bytes: Uint8Array; fileName: string };
  /** The plan of the current year with a history up to today, instead of plan 2024 with none. */
  live?: boolean;
}): Promise<DemoOutcome> {
  const { store, clock } = input;
  const year = input.live ? Number(cityDate(clock()).slice(0, 4)) : DEMO_YEAR;
  if (!(await claimForDemo(store, clock))) {
    return {
      status: 'refused',
      reason: 'the database already holds plans or accounts the demo did not create',
    };
  }
  let imported = false;
  const plans = await store.repos.plans.findAll();
  if (plans.length === 0) {
    const { preview } = await previewPlanImport({
      actor: DEMO_ACTOR,
      ...input.notice,
      readNotice: input.readNotice,
      store,
      clock,
    });
    await commitPlanImport({
      actor: DEMO_ACTOR,
      previewId: preview.id,
      year,
      acceptInferred: true,
      store,
      clock,
    });
    imported = true;
  }
  const unitIds = await codeDemoUnits(store, clock);
  const created = await createDemoAccounts({ ...input, unitIds });
  const planYear = imported ? year : (plans.at(-1)?.year ?? year);
  const history = input.live && imported ? await seedHistory(store, clock, planYear, unitIds) : null;
  const ready = { status: 'ready' as const, year: planYear, imported, history, created };
  return { ...ready, accounts: DEMO_ACCOUNTS, password: DEMO_PASSWORD };
}

/** The plan's deadline moves to its own year (the notice says 2024年底), then the year's history. */
async function seedHistory(
  store: Store,
  clock: Clock,
  year: number,
  unitIds: ReadonlyMap<string, number>,
): Promise<DemoYearTally> {
  let plan = await store.repos.plans.findByYear(year);
  if (!plan) throw new Error(`the demo plan ${year} is missing`);
  if (plan.deadline !== null && !plan.deadline.startsWith(String(year))) {
    plan = await store.repos.plans.updateDeadline(plan.id, `${year}${plan.deadline.slice(4)}`);
  }
  const people = await demoPeople(store, unitIds);
  const ids = [...unitIds.values()];
  const tally = await seedDemoYear({ store, plan, now: clock(), people, unitIds: ids });
  await store.repos.audit.append(
    auditEvent({
      actor: DEMO_ACTOR,
      at: clock(),
      action: 'demo.history',
      entityType: 'demo',
      entityId: plan.id,
      after: { ...tally },
    }),
  );
  return tally;
}

async function demoPeople(store: Store, unitIds: ReadonlyMap<string, number>): Promise<DemoPeople> {
  const actor = (login: string) => demoActor(store.repos, login);
  const units = new Map<number, { reporter: Actor; approver: Actor }>();
  for (const [name, code] of Object.entries(DEMO_UNIT_CODES)) {
    const unitId = unitIds.get(name);
    if (unitId === undefined) continue;
    units.set(unitId, {
      reporter: await actor(`${code}-reporter`),
      approver: await actor(`${code}-approver`),
    });
  }
  return { office: await actor('duchaban'), fallback: DEMO_ACTOR, units };
}

/** True when the demo may write: it marked this database before, or the database is empty (then it marks it). */
async function claimForDemo(store: Store, clock: Clock): Promise<boolean> {
  const marked = await store.repos.auditLog.find({ entityType: 'demo' }, { offset: 0, limit: 1 });
  if (marked.total > 0) return true;
  return store.transaction(async (repos) => {
    if ((await repos.accounts.findAll()).length > 0 || (await repos.plans.findAll()).length > 0) return false;
    await repos.audit.append(
      auditEvent({
        actor: DEMO_ACTOR,
        at: clock(),
        action: 'demo.start',
        entityType: 'demo',
        entityId: null,
      }),
    );
    return true;
  });
}

/** The demo units get short codes (fgw, jxj, czj) so their logins read like those `users bootstrap` makes. */
async function codeDemoUnits(store: Store, clock: Clock): Promise<Map<string, number>> {
  const directory = latestDirectory(await store.repos.units.loadHistory());
  const ids = new Map<string, number>();
  for (const [name, code] of Object.entries(DEMO_UNIT_CODES)) {
    const unit = directory.find((u) => u.name === name);
    if (!unit) continue;
    ids.set(name, unit.id);
    if (unit.code === null) await setUnitCode({ actor: DEMO_ACTOR, store, clock, unitId: unit.id, code });
  }
  return ids;
}

async function createDemoAccounts(input: {
  store: Store;
  clock: Clock;
  hasher: PasswordHasher;
  unitIds: Map<string, number>;
}): Promise<string[]> {
  const created: string[] = [];
  for (const account of DEMO_ACCOUNTS) {
    const unitId = account.unit === null ? null : (input.unitIds.get(account.unit) ?? null);
    if (account.unit !== null && unitId === null) continue;
    if (await input.store.repos.accounts.findByLogin(account.login)) continue;
    const passwordHash = await input.hasher.hash(DEMO_PASSWORD);
    await insertDemoAccount(input.store, input.clock(), {
      ...account,
      role: account.role,
      unitId,
      passwordHash,
    });
    created.push(account.login);
  }
  return created;
}

async function insertDemoAccount(
  store: Store,
  now: Date,
  account: {
    login: string;
    displayName: string;
    role: AccountRole;
    unitId: number | null;
    passwordHash: string;
  },
): Promise<void> {
  await store.transaction(async (repos) => {
    const row = await repos.accounts.insert({ ...account, mustChangePassword: false, createdAt: now });
    await repos.audit.append(
      auditEvent({
        actor: DEMO_ACTOR,
        at: now,
        action: 'account.create',
        entityType: 'account',
        entityId: row.id,
        after: { login: row.login, role: row.role, unitId: row.unitId, demo: true },
      }),
    );
  });
}
