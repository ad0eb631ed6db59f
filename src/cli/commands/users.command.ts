// `duban users bootstrap --plan 2024 [--out FILE.csv]` and `duban users create --login L --role R [--unit ID]`.
import { writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { ACCOUNT_ROLES } from '../../core/policy/policy.types.ts';
import { isDomainError } from '../../core/errors.ts';
import { openDatabase } from '../../db/client.ts';
import { applyMigrations } from '../../db/migrate.ts';
import { createStore } from '../../db/store.ts';
import { createAccount } from '../../services/accounts/accounts.usecases.ts';
import { bootstrapUnitAccounts, type UnitAccountLine } from '../../services/accounts/bootstrap.usecases.ts';
import { systemClock } from '../../services/support/clock.ts';
import { argon2Hasher } from '../../services/support/password-hasher.ts';
import { cryptoSecrets } from '../../services/support/secrets.ts';
import type { Store } from '../../services/store.ts';
import { toCsv } from '../csv.ts';
import { databaseOptions, operatorActor } from '../database-options.ts';
import type { CommandIo, CommandRun } from '../main.ts';

const USAGE = `Usage:
  duban users bootstrap --plan YEAR [--out FILE.csv] [--data DIR]
  duban users create --login LOGIN --role ${ACCOUNT_ROLES.join('|')} [--unit UNIT_ID] [--name NAME] [--data DIR]
`;

const OPTIONS = {
  plan: { type: 'string' },
  out: { type: 'string' },
  data: { type: 'string' },
  login: { type: 'string' },
  role: { type: 'string' },
  unit: { type: 'string' },
  name: { type: 'string' },
} as const;

type Flags = ReturnType<
  typeof parseArgs<{ args: string[]; options: typeof OPTIONS; allowPositionals: true }>
>['values'];

export const run: CommandRun = async (args, io) => {
  const { values, positionals } = parseArgs({ args, options: OPTIONS, allowPositionals: true, strict: true });
  const action = positionals[0] === 'bootstrap' ? bootstrap : positionals[0] === 'create' ? create : null;
  if (!action) {
    io.stderr(USAGE);
    return 2;
  }
  const database = await openDatabase(databaseOptions(values, process.env));
  try {
    await applyMigrations(database);
    return await action(values, createStore(database.db, database), io);
  } catch (error) {
    if (!isDomainError(error)) throw error;
    io.stderr(`duban users: ${error.message} (${error.code})\n`);
    return 1;
  } finally {
    await database.close();
  }
};

const deps = (store: Store) => ({
  store,
  clock: systemClock,
  hasher: argon2Hasher(),
  secrets: cryptoSecrets,
});

async function bootstrap(flags: Flags, store: Store, io: CommandIo): Promise<number> {
  const planYear = Number(flags.plan);
  if (!Number.isInteger(planYear)) {
    io.stderr(`--plan needs a year\n${USAGE}`);
    return 2;
  }
  const { created, skipped } = await bootstrapUnitAccounts({
    actor: operatorActor(),
    planYear,
    ...deps(store),
  });
  const csv = accountsCsv(created);
  if (flags.out) {
    // Never overwrite an earlier sheet: it may hold the only copy of passwords already handed out.
    await writeFile(flags.out, csv, { flag: 'wx', mode: 0o600 });
    io.stdout(
      `${created.length} accounts created, ${skipped.length} already existed; passwords in ${flags.out}\n`,
    );
  } else {
    io.stdout(csv);
    io.stderr(`${created.length} accounts created, ${skipped.length} already existed\n`);
  }
  return 0;
}

export function accountsCsv(lines: UnitAccountLine[]): string {
  const header = ['unit_id', 'unit_name', 'role', 'login', 'initial_password'];
  return toCsv([header, ...lines.map((l) => [l.unitId, l.unitName, l.role, l.login, l.initialPassword])]);
}

async function create(flags: Flags, store: Store, io: CommandIo): Promise<number> {
  const role = ACCOUNT_ROLES.find((candidate) => candidate === flags.role);
  if (flags.login && flags.role && !role) {
    io.stderr(`--role '${flags.role}' is not a role: ${ACCOUNT_ROLES.join(', ')}\n${USAGE}`);
    return 2;
  }
  if (!flags.login || !role) {
    io.stderr(`--login and --role are required\n${USAGE}`);
    return 2;
  }
  const unitId = flags.unit === undefined ? null : Number(flags.unit);
  const { account, initialPassword } = await createAccount({
    actor: operatorActor(),
    login: flags.login,
    displayName: flags.name ?? flags.login,
    role,
    unitId,
    ...deps(store),
  });
  io.stdout(
    `created ${account.role} '${account.login}' (id ${account.id}); initial password: ${initialPassword}\n`,
  );
  io.stdout('it must be changed at first sign-in\n');
  return 0;
}
