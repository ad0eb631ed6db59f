// docs/OPERATIONS.md followed as an operator would: build, serve the compiled server, back up,
// restore into a new folder (on PostgreSQL runs: into a PostgreSQL database), serve that, same data.
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

describe('docs/OPERATIONS.md, step by step', () => {
  let folder: string;
  let target: TestDatabase | null = null;

  before(async () => {
    folder = await tempFolder('operations');
    if (usingPostgres) target = await openTestDatabase();
  });
  after(async () => {
    await target?.close();
    await rm(folder, { recursive: true, force: true });
  });

  test('build, serve compiled, back up, restore into a new database, serve it: the same data', async () => {
    await promisify(execFile)('npm', ['run', 'build:server'], { cwd: ROOT });
    const data = join(folder, 'data');
    const first = await startServer(['--demo', '--data', data], { DUBAN_SCHEDULER_INTERVAL_MS: '0' });
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
    const backup = await runDuban(['backup', '--data', data, '--out', backups]);
    assert.equal(backup.code, 0, backup.out);
    const [file] = await readdir(backups);
    assert.match(file!, /^duban-\d{8}T\d{9}Z\.duban-backup\.jsonl\.gz$/);

    const into = target
      ? ['--database-url', target.options.databaseUrl!]
      : ['--data', join(folder, 'restored')];
    const restore = await runDuban(['restore', join(backups, file!), ...into]);
    assert.equal(restore.code, 0, restore.out);
    assert.match(restore.out, /checksum verified[\s\S]*every count matches[\s\S]*\ndone\n/);

    const env = target
      ? { DATABASE_URL: target.options.databaseUrl!, DUBAN_SCHEDULER_INTERVAL_MS: '0' }
      : { DUBAN_SCHEDULER_INTERVAL_MS: '0' };
    const second = await startServer(target ? [] : ['--data', join(folder, 'restored')], env);
    try {
      assert.deepEqual(await seen(second), before);
    } finally {
      await second.stop();
    }
  });
});
