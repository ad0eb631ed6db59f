// PGlite on a disk that fills: writes get a clear refusal instead of a hang, reads and health go on,
// the server stops on SIGTERM, the space coming back lets writes resume, and no acknowledged write
// is lost. On a small tmpfs of the test's own.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, before, describe, test } from 'node:test';
import { sql } from 'drizzle-orm';
import { openDatabase } from '../../src/db/client.ts';
import { applyMigrations } from '../../src/db/migrate.ts';
import { seedLoop, type LoopFixture } from './support/loop-fixture.ts';
import { startServer, type ServerProcess } from './support/server-process.ts';
import { mountSmallDisk, type SmallDisk } from './support/small-disk.ts';

const PROBE = fileURLToPath(new URL('./support/disk-full-probe.ts', import.meta.url));

describe('PGlite when the disk fills', () => {
  let disk: SmallDisk;

  before(() => {
    disk = mountSmallDisk(256);
  });
  after(() => disk?.unmount());

  test('a PANIC on a failed WAL write leaves the server answering 503, stopping on SIGTERM, with data intact', async () => {
    const dataDir = join(disk.dir, 'probe');
    const filler = join(disk.dir, 'filler');
    const child = spawn(process.execPath, ['--import', 'tsx', PROBE, dataDir, filler], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (out += chunk.toString()));
    const line = await new Promise<string>((resolve, reject) => {
      const timer = setTimeout(() => {
        child.kill('SIGKILL');
        reject(new Error(`the database hung after the disk filled (killed after 120 s):\n${out}`));
      }, 120_000);
      child.stdout.on('data', () => {
        const found = out.split('\n').find((l) => l.startsWith('{'));
        if (found && out.includes('\n', out.indexOf(found))) {
          clearTimeout(timer);
          resolve(found);
        }
      });
      child.once('exit', (code) => reject(new Error(`the probe exited with ${code}:\n${out}`)));
    });
    const result = JSON.parse(line) as {
      acknowledged: number[];
      steps: { statement: string; ok: boolean; code?: string; ms: number }[];
      answers: { status: number; body: { error?: { code: string } } }[];
    };
    const [, write, read, again] = result.steps;
    assert.equal(write?.ok, false, 'the write that needs a new WAL segment fails');
    assert.equal(read?.code, 'DUBAN_DB_FAILED', 'the next statement is refused at once, not spun on');
    assert.equal(again?.code, 'DUBAN_DB_FAILED');
    assert.ok((read?.ms ?? Infinity) < 1000 && (again?.ms ?? Infinity) < 1000);
    const [health, ready, login] = result.answers;
    assert.equal(health?.status, 503, 'health answers, and says the database is down');
    assert.equal(ready?.status, 503);
    assert.equal(login?.status, 503);
    assert.equal(login?.body.error?.code, 'db.unavailable');

    const stopped = await new Promise<{ code: number | null; signal: string | null }>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('SIGTERM was ignored for 10 s')), 10_000);
      child.removeAllListeners('exit');
      child.once('exit', (code, signal) => {
        clearTimeout(timer);
        resolve({ code, signal });
      });
      child.kill('SIGTERM');
    });
    // It stops: by its own handler (exit 0), or by the signal's default when it comes first.
    assert.ok(stopped.code === 0 || stopped.signal === 'SIGTERM', JSON.stringify(stopped));

    disk.unfill();
    const reopened = await openDatabase({ dataDir });
    try {
      const rows = rowsOf(await reopened.db.execute(sql`SELECT n FROM acknowledged ORDER BY n`));
      const stored = rows.map((row) => Number(row['n']));
      for (const n of result.acknowledged) assert.ok(stored.includes(n), `acknowledged row ${n} is kept`);
      await reopened.db.execute(sql`INSERT INTO acknowledged (n) VALUES (2000)`);
    } finally {
      await reopened.close();
    }
  });

  describe('duban serve keeps a reserve of free space', () => {
    let fx: LoopFixture;
    let server: ServerProcess;
    const dataDir = () => join(disk.dir, 'served');
    let url = '';
    let baseRev = 0;
    const acknowledged: string[] = [];

    before(async () => {
      const database = await openDatabase({ dataDir: dataDir() });
      await applyMigrations(database);
      fx = await seedLoop(database.db);
      await database.close();
      server = await startServer(['--data', dataDir()], { DATABASE_URL: '', DUBAN_MIN_FREE_MB: '64' });
      url = `${server.url}/api/tasks/${fx.taskIds.get(1)}/periods/2024-Q2/task-report`;
    });
    after(() => server?.stop('SIGKILL').catch(() => undefined));

    const save = async (progress: string) => {
      const response = await fetch(url, {
        method: 'PUT',
        headers: { ...fx.as('fgw.reporter').headers, 'content-type': 'application/json' },
        body: JSON.stringify({ baseRev, progress }),
      });
      const body = (await response.json()) as {
        report?: { rev: number };
        error?: { code: string; message: string };
      };
      if (response.status === 200 && body.report) {
        baseRev = body.report.rev;
        acknowledged.push(progress);
      }
      return { status: response.status, body };
    };
    const status = async (path: string) => {
      const response = await fetch(`${server.url}${path}`);
      return { status: response.status, body: (await response.json()) as { reason?: string } };
    };
    const until = async (check: () => Promise<boolean>, what: string) => {
      for (const started = Date.now(); Date.now() - started < 10_000;) {
        if (await check()) return;
        await new Promise((resolve) => setTimeout(resolve, 200));
      }
      throw new Error(`${what} did not happen within 10 s`);
    };

    test('below the reserve, saves answer 507 db.disk_full at once while reads and health go on', async () => {
      assert.equal((await save('before the disk fills')).status, 200);
      disk.fill(16 * 1024 * 1024);
      await until(async () => (await status('/api/health/ready')).status === 503, 'readiness turning 503');
      assert.equal((await status('/api/health/ready')).body.reason, 'db.disk_full');
      assert.equal((await status('/api/health')).status, 200);
      const refused = await save('while the disk is full');
      assert.equal(refused.status, 507);
      assert.equal(refused.body.error?.code, 'db.disk_full');
      assert.match(refused.body.error?.message ?? '', /磁盘空间已满/);
      const read = await fetch(`${server.url}/api/tasks/${fx.taskIds.get(1)}/periods/2024-Q2`, {
        headers: fx.as('fgw.reporter').headers,
      });
      assert.equal(read.status, 200, 'reading goes on');
    });

    test('when the space comes back, saves go through again without a restart', async () => {
      disk.unfill();
      await until(async () => (await status('/api/health/ready')).status === 200, 'readiness turning 200');
      assert.equal((await save('after the space came back')).status, 200);
    });

    test('with the disk full to the last byte it stops on SIGTERM, and every acknowledged save is kept', async () => {
      disk.fill(0);
      // Each try says something new: a save that changes nothing writes nothing, so it needs no disk.
      let tries = 0;
      await until(
        async () => (await save(`on a full disk, try ${++tries}`)).status === 507,
        'a refused save',
      );
      const stopped = await server.stop('SIGTERM', 10_000);
      assert.equal(stopped.code, 0);
      disk.unfill();
      const database = await openDatabase({ dataDir: dataDir() });
      try {
        const rows = rowsOf(await database.db.execute(sql`SELECT progress FROM report_revisions`));
        const stored = new Set(rows.map((row) => String(row['progress'])));
        for (const progress of acknowledged) assert.ok(stored.has(progress), `kept: ${progress}`);
        assert.equal(stored.has('while the disk is full'), false);
      } finally {
        await database.close();
      }
    });
  });
});

function rowsOf(result: unknown): Record<string, unknown>[] {
  assert.ok(result && typeof result === 'object' && 'rows' in result && Array.isArray(result.rows));
  return result.rows as Record<string, unknown>[];
}
