// The demo: on an empty database, the bundled 2024 notice as plan 2024 (inferred splits accepted
// by the system) and accounts with fixed, printed passwords for every role. Re-running it only
// fills in what is missing; a database the demo did not start is never touched.
import type { AccountRole, Actor } from '../../core/policy/policy.types.ts';
import { latestDirectory } from '../../core/unit/directory.ts';
import { auditEvent } from '../audit/audit.ts';
import { commitPlanImport, previewPlanImport } from '../plans/plan-import.usecases.ts';
import type { NoticeReader } from '../plans/plans.types.ts';
import type { Clock } from '../support/clock.ts';
import type { PasswordHasher } from '../support/password-hasher.ts';
import type { Store } from '../store.ts';
import { setUnitCode } from '../units/units.usecases.ts';
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
      imported: boolean;
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
}): Promise<DemoOutcome> {
  const { store, clock } = input;
  if (!(await claimForDemo(store, clock))) {
    return {
      status: 'refused',
      reason: 'the database already holds plans or accounts the demo did not create',
    };
  }
  let imported = false;
  if (!(await store.repos.plans.findByYear(DEMO_YEAR))) {
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
      year: DEMO_YEAR,
      acceptInferred: true,
      store,
      clock,
    });
    imported = true;
  }
  const unitIds = await codeDemoUnits(store, clock);
  const created = await createDemoAccounts({ ...input, unitIds });
  return { status: 'ready', imported, created, accounts: DEMO_ACCOUNTS, password: DEMO_PASSWORD };
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
