// PGlite serves one process at a time: every command that opens a data folder refuses one that a
// running server holds, and takes over a lock left by a process that died.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { main } from '../../src/cli/main.ts';
import { LOCK_FILE } from '../../src/db/data-lock.ts';
import { startServer, type ServerProcess } from './support/server-process.ts';

async function duban(args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(args, { stdout: (t) => out.push(t), stderr: (t) => err.push(t), isTty: false });
  return { code, stdout: out.join(''), stderr: err.join('') };
}

describe('the data folder lock', () => {
  let dataDir: string;
  let server: ServerProcess | null = null;
  const env = { DATABASE_URL: '' };

  before(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'duban-lock-'));
    delete process.env['DATABASE_URL'];
    server = await startServer(['--data', dataDir], env);
  });
  after(async () => {
    await server?.stop('SIGKILL').catch(() => undefined);
    await rm(dataDir, { recursive: true, force: true });
  });

  test('`users create` against the folder a server runs on is refused and creates nothing', async () => {
    const result = await duban([
      'users',
      'create',
      '--login',
      'late.admin',
      '--role',
      'admin',
      '--data',
      dataDir,
    ]);
    assert.equal(result.code, 1);
    assert.match(result.stderr, /in use by 'duban serve/);
    assert.match(result.stderr, new RegExp(`pid ${server?.pid}`));
    assert.match(result.stderr, /data\.locked/);
    assert.doesNotMatch(result.stdout, /created/);
  });

  test('every other command that opens the folder is refused too', async () => {
    for (const args of [
      ['migrate', '--data', dataDir],
      ['users', 'bootstrap', '--plan', '2024', '--data', dataDir],
      ['export', 'plan', '--year', '2024', '--data', dataDir],
    ]) {
      const result = await duban(args);
      assert.equal(result.code, 1, args.join(' '));
      assert.match(result.stderr, /data\.locked/, args.join(' '));
    }
  });

  test('once the server stops, its lock is gone and the command works', async () => {
    const stopped = await server?.stop('SIGTERM');
    server = null;
    assert.equal(stopped?.code, 0);
    assert.equal(existsSync(join(dataDir, LOCK_FILE)), false);
    const result = await duban([
      'users',
      'create',
      '--login',
      'new.admin',
      '--role',
      'admin',
      '--data',
      dataDir,
    ]);
    assert.equal(result.code, 0, result.stderr);
    assert.match(result.stdout, /created admin 'new\.admin'/);
    assert.equal(existsSync(join(dataDir, LOCK_FILE)), false, 'the command releases the lock when done');
  });

  test('a lock left by a process that died is taken over', async () => {
    const dead = spawnSync(process.execPath, ['-e', 'process.exit(0)']);
    assert.equal(typeof dead.pid, 'number');
    const stale = { pid: dead.pid, command: 'duban serve', since: '2026-01-01T00:00:00.000Z' };
    writeFileSync(join(dataDir, LOCK_FILE), `${JSON.stringify(stale)}\n`);
    const result = await duban([
      'users',
      'create',
      '--login',
      'after.crash',
      '--role',
      'admin',
      '--data',
      dataDir,
    ]);
    assert.equal(result.code, 0, result.stderr);
    assert.equal(existsSync(join(dataDir, LOCK_FILE)), false);
  });
});
