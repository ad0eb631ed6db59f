// docs/OPERATIONS.md followed as an operator would: build, serve the compiled server, back up,
// restore into a new folder, serve that, same data. On PostgreSQL runs (DUBAN_TEST_PG=1) twice: an
// office on PostgreSQL backs up and restores into a new PostgreSQL database (§4, §7), and an office
// on PGlite moves to PostgreSQL by the same two commands (§9).
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdir, readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { after, before, describe, test } from 'node:test';
import { DEMO_PASSWORD } from '../../src/services/demo/demo-accounts.ts';
import { runDuban, startServer, type RunningServer } from '../support/compiled-server.ts';
import { tempFolder } from './support/backup-fixture.ts';
import { openTestDatabase, usingPostgres, type TestDatabase } from './support/test-database.ts';

const ROOT = new URL('../../', import.meta.url);

/** What an office sees of its data: the plans, the demo plan's tasks, the admin's account list. */
async function seen(server: RunningServer): Promise<unknown[]> {
  const health = await fetch(`${server.url}/api/health`);
  assert.equal(health.status, 200);
  const login = await fetch(`${server.url}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ login: 'admin', password: DEMO_PASSWORD }),
  });
  assert.equal(login.status, 200, await login.clone().text());
  const cookie = login.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
  const read = async (path: string) => {
    const response = await fetch(`${server.url}${path}`, { headers: { cookie } });
    assert.equal(response.status, 200, path);
    return (await response.json()) as unknown;
  };
  const plans = (await read('/api/plans')) as { plans: { year: number }[] };
  const year = plans.plans[0]?.year;
  assert.ok(year, 'the demo has a plan');
  // Signing in to look moves the admin's last sign-in; everything else must be as it was.
  const { accounts } = (await read('/api/accounts')) as { accounts: Record<string, unknown>[] };
  const withoutLastLogin = accounts.map((account) => ({ ...account, lastLoginAt: null }));
  return [plans, await read(`/api/plans/${year}/tasks`), withoutLastLogin];
}

/** Where a step keeps its data: a PGlite folder, or a PostgreSQL database of the test's own. */
interface Place {
  /** How `backup` and `restore` are told. */
  args: string[];
  /** How `serve` is told: PostgreSQL by DATABASE_URL, as docs/OPERATIONS.md sets it. */
  serveArgs: string[];
  env: NodeJS.ProcessEnv;
}

const inFolder = (path: string): Place => ({ args: ['--data', path], serveArgs: ['--data', path], env: {} });
const inPostgres = (database: TestDatabase): Place => ({
  args: ['--database-url', database.options.databaseUrl!],
  serveArgs: [],
  env: { DATABASE_URL: database.options.databaseUrl! },
});
const QUIET = { DUBAN_SCHEDULER_INTERVAL_MS: '0' };

/** Serve the demo from `source` compiled, back it up, restore into `target`, serve that: the same data. */
async function drill(folder: string, source: Place, target: Place): Promise<void> {
  const first = await startServer(['--demo', ...source.serveArgs], { ...QUIET, ...source.env });
  let before: unknown[];
  try {
    before = await seen(first);
    // Printed right after the address, possibly in a later chunk: read once the server has answered.
    assert.match(first.output(), /code: compiled JavaScript \(dist\/\)/);
  } finally {
    await first.stop();
  }
  assert.equal(first.child.exitCode, 0, first.output());

  const backups = join(folder, 'backups');
  await mkdir(backups);
  const backup = await runDuban(['backup', ...source.args, '--out', backups]);
  assert.equal(backup.code, 0, backup.out);
  const [file] = await readdir(backups);
  assert.match(file!, /^duban-\d{8}T\d{9}Z\.duban-backup\.jsonl\.gz$/);

  const restore = await runDuban(['restore', join(backups, file!), ...target.args]);
  assert.equal(restore.code, 0, restore.out);
  assert.match(restore.out, /checksum verified[\s\S]*every count matches[\s\S]*\ndone\n/);

  const second = await startServer(target.serveArgs, { ...QUIET, ...target.env });
  try {
    assert.deepEqual(await seen(second), before);
  } finally {
    await second.stop();
  }
}

describe('docs/OPERATIONS.md, step by step', () => {
  const opened: TestDatabase[] = [];
  const folders: string[] = [];
  const postgresDatabase = async () => {
    const database = await openTestDatabase();
    opened.push(database);
    return inPostgres(database);
  };
  const newFolder = async (name: string) => {
    const folder = await tempFolder(name);
    folders.push(folder);
    return folder;
  };

  before(async () => {
    await promisify(execFile)('npm', ['run', 'build:server'], { cwd: ROOT });
  });
  after(async () => {
    for (const database of opened) await database.close();
    for (const folder of folders) await rm(folder, { recursive: true, force: true });
  });

  if (usingPostgres) {
    test('on PostgreSQL: serve compiled, back up, restore into a new database, serve it: the same data', async () => {
      const folder = await newFolder('operations-pg');
      await drill(folder, await postgresDatabase(), await postgresDatabase());
    });
  }

  test(`on PGlite: serve compiled, back up, restore into ${usingPostgres ? 'PostgreSQL' : 'a new folder'}, serve it: the same data`, async () => {
    const folder = await newFolder('operations');
    const target = usingPostgres ? await postgresDatabase() : inFolder(join(folder, 'restored'));
    await drill(folder, inFolder(join(folder, 'data')), target);
  });
});
