// A PGlite server stopped while it takes a backup: SIGTERM and SIGINT stop the `duban backup` child
// with it and leave no partial file; a server killed with SIGKILL takes its child down too (the IPC
// channel closes); a server killed in the middle of the copy's second pass (the engine held) comes
// back with every acknowledged row and serves, and what it left is never taken for a backup.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { once } from 'node:events';
import { readFileSync } from 'node:fs';
import { readdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { sql } from 'drizzle-orm';
import { listBackups } from '../../src/db/backup/backup-catalog.ts';
import { openDatabase } from '../../src/db/client.ts';
import { applyMigrations } from '../../src/db/migrate.ts';
import { everyRow, tempFolder } from './support/backup-fixture.ts';
import { startServer, type ServerProcess } from './support/server-process.ts';

const HELD_SERVER = fileURLToPath(new URL('./support/backup-held-server.ts', import.meta.url));

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function waitFor<T>(
  what: string,
  look: () => T | null | Promise<T | null>,
  timeoutMs = 90_000,
): Promise<T> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const found = await look();
    if (found !== null) return found;
    if (Date.now() > until) throw new Error(`no ${what} within ${timeoutMs} ms`);
    await sleep(20);
  }
}

function runs(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch {
    return false;
  }
  // A child that ended but was not yet reaped by its (dead) parent reads as a zombie.
  return !/^\d+ \(.*\) Z/.test(readStat(pid));
}

function readStat(pid: number): string {
  try {
    return readFileSync(`/proc/${pid}/stat`, 'utf8');
  } catch {
    return '';
  }
}

/** The `duban backup` child the server started, by its parent's pid. */
async function backupChildOf(serverPid: number): Promise<number | null> {
  for (const name of await readdir('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    const stat = await readFile(`/proc/${name}/stat`, 'utf8').catch(() => '');
    const parent = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
    if (parent !== serverPid) continue;
    const command = await readFile(`/proc/${name}/cmdline`, 'utf8').catch(() => '');
    if (command.split('\0').includes('backup')) return Number(name);
  }
  return null;
}

const partialIn = async (folder: string) =>
  (await readdir(folder).catch(() => [] as string[])).some((name) => name.endsWith('.partial')) ? true : null;

describe('a PGlite server stopped while it takes a backup', () => {
  let folder: string;
  let dataDir: string;

  before(async () => {
    folder = await tempFolder('interrupted');
    dataDir = join(folder, 'data');
    const database = await openDatabase({ dataDir });
    await applyMigrations(database);
    // Enough rows that the child writes for a while: the test stops it while a partial file exists.
    await database.db.execute(sql`CREATE TABLE filler (id integer PRIMARY KEY, text text NOT NULL)`);
    await database.db.execute(
      sql`INSERT INTO filler SELECT n, md5(n::text) || repeat('督办', 40) FROM generate_series(1, 60000) n`,
    );
    await database.db.execute(sql`CREATE TABLE kill_probe (id integer PRIMARY KEY)`);
    await database.close();
  });
  after(() => rm(folder, { recursive: true, force: true }));

  /** A server whose first scheduled backup starts at once; its child stopped while writing. */
  async function serverMidBackup(backups: string): Promise<{ server: ServerProcess; child: number }> {
    const server = await startServer(['--data', dataDir, '--backup-dir', backups, '--backup-every', '1h']);
    const child = await waitFor('backup child', () => backupChildOf(server.pid));
    await waitFor('partial backup file', () => partialIn(backups));
    process.kill(child, 'SIGSTOP');
    return { server, child };
  }

  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    test(`${signal} stops the server and its backup child, and leaves no partial file or copy`, async () => {
      const backups = join(folder, `backups-${signal}`);
      const { server, child } = await serverMidBackup(backups);
      const stopping = server.stop(signal, 30_000);
      await sleep(300);
      // The stopped child now takes the signal the server sent it.
      process.kill(child, 'SIGCONT');
      const { code } = await stopping;
      assert.equal(code, 0, server.output());
      await waitFor('the child to end', () => (runs(child) ? null : true), 15_000);
      assert.deepEqual(await readdir(backups), [], 'no backup, partial file or copy is left');
    });
  }

  test('SIGKILL of the server ends its backup child, which removes its partial file', async () => {
    const backups = join(folder, 'backups-kill');
    const { server, child } = await serverMidBackup(backups);
    await server.stop('SIGKILL');
    process.kill(child, 'SIGCONT');
    await waitFor('the orphaned child to end', () => (runs(child) ? null : true), 15_000);
    const left = await readdir(backups);
    assert.ok(!left.some((name) => name.endsWith('.partial')), left.join(', '));
    assert.deepEqual(await listBackups(backups), [], 'nothing left reads as a backup');
  });

  test('kill -9 in the second pass: every acknowledged row is there, the server serves, the leftovers are no backup', async () => {
    const backups = join(folder, 'backups-held');
    const held = spawn(process.execPath, ['--import', 'tsx', HELD_SERVER, dataDir, backups], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let out = '';
    held.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
    await waitFor('the second pass', () => (/^held$/m.test(out) ? true : null), 120_000);
    const exited = once(held, 'exit');
    held.kill('SIGKILL');
    await exited;
    const digest = /^rows (\w+)$/m.exec(out)?.[1];
    assert.ok(digest, out);

    const left = await readdir(backups);
    assert.ok(left.length > 0 && left.every((name) => name.startsWith('.copy-')), left.join(', '));
    assert.deepEqual(await listBackups(backups), [], 'the copy left behind is not listed as a backup');

    const server = await startServer(['--data', dataDir, '--backup-dir', backups, '--backup-every', '1h']);
    try {
      const ready = await fetch(`${server.url}/api/health/ready`);
      assert.equal(ready.status, 200);
      await waitFor('the first backup after the restart', () =>
        /backup taken/.test(server.output()) ? true : null,
      );
    } finally {
      assert.equal((await server.stop('SIGTERM', 30_000)).code, 0, server.output());
    }
    const after = await readdir(backups);
    assert.equal(after.length, 1, `the copy left by the killed server is removed: ${after.join(', ')}`);
    const [entry] = await listBackups(backups);
    assert.equal(entry?.tables['kill_probe'], 50);

    const database = await openDatabase({ dataDir });
    try {
      const rows = JSON.stringify([...(await everyRow(database)).entries()]);
      assert.equal(
        createHash('sha256').update(rows).digest('hex'),
        digest,
        'every row as it was acknowledged',
      );
    } finally {
      await database.close();
    }
  });
});
