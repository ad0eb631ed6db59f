// The real `duban serve --demo` in a child process, sent zip bombs by a unit's reporter (feedback
// template) and by the admin (notice import): each is refused with 400 upload.too_large_inflated and
// the server's peak memory (VmHWM, read from /proc, its whole life) stays under 400 MB on both databases.
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { DEMO_PASSWORD } from '../../src/services/demo/demo-accounts.ts';
import { docxBomb, xlsxBomb } from '../support/zip-bomb.ts';
import { usingPostgres } from './support/test-database.ts';

const ADMIN_URL = process.env['DUBAN_TEST_PG_URL'] ?? 'postgres://postgres@127.0.0.1:5432/postgres';

const CLI = fileURLToPath(new URL('../../bin/duban.mjs', import.meta.url));
const BOMB_MIB = 4000;

interface Session {
  cookie: string;
  csrf: string;
}

/** Where the child keeps its data: a throwaway PostgreSQL database, or a PGlite folder. */
async function prepareTarget(): Promise<{
  args: string[];
  env: Record<string, string>;
  drop(): Promise<void>;
}> {
  if (!usingPostgres) {
    const dataDir = await mkdtemp(join(tmpdir(), 'duban-bombs-'));
    return { args: ['--data', dataDir], env: {}, drop: () => rm(dataDir, { recursive: true, force: true }) };
  }
  const name = `duban_bombs_${process.pid}_${randomBytes(4).toString('hex')}`;
  await adminQuery(`CREATE DATABASE ${name}`);
  const url = new URL(ADMIN_URL);
  url.pathname = `/${name}`;
  return {
    args: [],
    env: { DATABASE_URL: url.toString() },
    drop: () => adminQuery(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`),
  };
}

async function adminQuery(statement: string): Promise<void> {
  const client = new pg.Client({ connectionString: ADMIN_URL });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}

function startServer(
  args: string[],
  env: Record<string, string>,
): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(process.execPath, [CLI, 'serve', '--demo', '--port', '0', ...args], {
    env: { ...process.env, DUBAN_SCHEDULER_INTERVAL_MS: '0', ...env },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise((resolve, reject) => {
    let out = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const url = /serving on (http:\/\/[^\s]+)/.exec(out)?.[1];
      if (url) resolve({ child, url });
    });
    child.once('exit', (code) => reject(new Error(`server exited with ${code}: ${out}`)));
  });
}

/** The process's peak resident memory in MiB, from the kernel's own account. */
async function peakRssMiB(pid: number): Promise<number> {
  const status = await readFile(`/proc/${pid}/status`, 'utf8');
  const kib = Number(/^VmHWM:\s+(\d+) kB/m.exec(status)?.[1]);
  assert.ok(Number.isFinite(kib), 'VmHWM is readable');
  return kib / 1024;
}

describe('zip bombs sent to the running server', () => {
  let target: Awaited<ReturnType<typeof prepareTarget>>;
  let child: ChildProcess;
  let url: string;
  let peakBefore = 0;
  let reporter: Session;
  let admin: Session;
  let period: string;

  before(async () => {
    target = await prepareTarget();
    ({ child, url } = await startServer(target.args, target.env));
    // The server at work before any bomb: the same people's first (bare) uploads to the same routes.
    reporter = await signIn('fgw-reporter');
    admin = await signIn('admin');
    period = await openPeriod(reporter);
    for (const name of ['notice.xlsx', 'notice.docx'])
      await upload(admin, '/api/plans/import/preview', new Uint8Array(8), name);
    peakBefore = await peakRssMiB(child.pid ?? 0);
  });
  after(async () => {
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGTERM');
    await exited;
    await target.drop();
  });

  async function signIn(login: string): Promise<Session> {
    const response = await fetch(`${url}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ login, password: DEMO_PASSWORD }),
    });
    assert.equal(response.status, 200, await response.clone().text());
    const cookie = (response.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
    const { csrfToken } = (await response.json()) as { csrfToken: string };
    return { cookie, csrf: csrfToken };
  }

  function upload(session: Session, path: string, bytes: Uint8Array, fileName: string) {
    const form = new FormData();
    form.append('file', new Blob([new Uint8Array(bytes)]), fileName);
    return fetch(`${url}${path}`, {
      method: 'POST',
      headers: { cookie: session.cookie, 'x-csrf-token': session.csrf },
      body: form,
    });
  }

  /** A period the reporter may file in now: the one whose template upload reaches the reader. */
  async function openPeriod(session: Session): Promise<string> {
    const plans = (await (
      await fetch(`${url}/api/plans`, { headers: { cookie: session.cookie } })
    ).json()) as {
      plans: { year: number }[];
    };
    for (const { year } of plans.plans) {
      for (const quarter of [1, 2, 3, 4]) {
        const period = `${year}-Q${quarter}`;
        const response = await upload(
          session,
          `/api/documents/template?period=${period}`,
          new Uint8Array(8),
          'x.xlsx',
        );
        const body = (await response.json()) as { error?: { code: string } };
        if (body.error?.code === 'template.rejected') return period;
      }
    }
    throw new Error('no open period in the demo');
  }

  test("a unit's feedback template that inflates to gigabytes answers 400 upload.too_large_inflated", async () => {
    for (const bomb of [
      xlsxBomb('xl/sharedStrings.xml', BOMB_MIB),
      xlsxBomb('xl/styles.xml', BOMB_MIB, 4096),
    ]) {
      const response = await upload(
        reporter,
        `/api/documents/template?period=${period}`,
        bomb,
        '反馈表.xlsx',
      );
      assert.equal(response.status, 400);
      const body = (await response.json()) as { error: { code: string; message: string } };
      assert.equal(body.error.code, 'upload.too_large_inflated');
      assert.match(body.error.message, /解压后超过/);
    }
  });

  test('notices (.xlsx and .docx) that inflate to gigabytes answer 400 upload.too_large_inflated', async () => {
    const bombs: [Uint8Array, string][] = [
      [xlsxBomb('xl/worksheets/sheet1.xml', BOMB_MIB), 'notice.xlsx'],
      [docxBomb(BOMB_MIB), 'notice.docx'],
      [docxBomb(BOMB_MIB, 1000), 'notice.docx'],
    ];
    for (const [bomb, fileName] of bombs) {
      const response = await upload(admin, '/api/plans/import/preview', bomb, fileName);
      assert.equal(response.status, 400, fileName);
      const body = (await response.json()) as { error: { code: string } };
      assert.equal(body.error.code, 'upload.too_large_inflated');
    }
  });

  test("the bombs did not grow the server's memory: its peak stays under 400 MB, and it still answers", async (t) => {
    const health = await fetch(`${url}/api/health`);
    assert.equal(health.status, 200);
    const peak = await peakRssMiB(child.pid ?? 0);
    t.diagnostic(
      `peak RSS before the bombs (after bare uploads) ${Math.round(peakBefore)} MiB, after ${Math.round(peak)} MiB`,
    );
    // Reading is bounded at 32 MB inflated per file. On PGlite the engine's memory is kept small
    // (db/pglite-memory.ts) and the demo is seeded by a child process (commands/demo.command.ts).
    assert.ok(peak - peakBefore < 100, `peak RSS ${Math.round(peakBefore)} -> ${Math.round(peak)} MiB`);
    assert.ok(peak < 400, `peak RSS ${Math.round(peak)} MiB`);
  });
});
