// PostgreSQL restarts under load (a fast restart, then a crash-like immediate stop): the server
// answers only 2xx or 503 db.unavailable with Retry-After meanwhile, says so on its health routes,
// reconnects by itself, and every save it acknowledged is in the database afterwards.
// The test runs its own PostgreSQL instance: the shared one on :5432 is never restarted.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import pg from 'pg';
import { openDatabase } from '../../src/db/client.ts';
import { applyMigrations } from '../../src/db/migrate.ts';
import { seedLoop, type LoopFixture } from './support/loop-fixture.ts';
import { startOwnPostgres, type OwnPostgres } from './support/own-postgres.ts';
import { startServer, type ServerProcess } from './support/server-process.ts';

interface Writer {
  name: string;
  headers: Record<string, string>;
  url: string;
  baseRev: number;
  reportId: number | null;
  saves: number;
}

interface Acknowledged {
  reportId: number;
  rev: number;
  progress: string;
}

/** Upper bounds that keep the loop finite whatever happens. */
const MAX_SAVES_PER_WRITER = 400;
const LOAD_DEADLINE_MS = 90_000;

describe('a PostgreSQL restart under load', () => {
  let postgres: OwnPostgres;
  let server: ServerProcess;
  let fx: LoopFixture;
  const statuses = new Map<number, number>();
  const refusals: { code: string; retryAfter: string | null }[] = [];
  const acknowledged: Acknowledged[] = [];
  let stopLoad = false;

  before(async () => {
    postgres = await startOwnPostgres();
    const admin = new pg.Client({ connectionString: postgres.adminUrl });
    await admin.connect();
    await admin.query('CREATE DATABASE duban');
    await admin.end();
    const database = await openDatabase({ databaseUrl: postgres.url('duban') });
    await applyMigrations(database);
    fx = await seedLoop(database.db);
    await database.close();
    server = await startServer([], {
      DATABASE_URL: postgres.url('duban'),
      DUBAN_PG_CONNECT_TIMEOUT_MS: '2000',
    });
  });
  after(async () => {
    stopLoad = true;
    await server?.stop('SIGTERM').catch(() => undefined);
    await postgres?.destroy();
  });

  const writer = (login: string, seq: number, period: string, kind: string): Writer => ({
    name: `${login}/${seq}/${period}/${kind}`,
    headers: { ...fx.as(login).headers, 'content-type': 'application/json' },
    url: `${server.url}/api/tasks/${fx.taskIds.get(seq)}/periods/${period}/${kind}`,
    baseRev: 0,
    reportId: null,
    saves: 0,
  });

  const writers = (): Writer[] => {
    const slots = [
      ['fgw.reporter', 1, 'task-report'],
      ['jxj.reporter', 11, 'task-report'],
      ['czj.reporter', 12, 'task-report'],
      ['jxj.reporter', 1, 'unit-input'],
      ['czj.reporter', 1, 'unit-input'],
      ['fgw.reporter', 12, 'unit-input'],
    ] as const;
    return ['2024-Q1', '2024-Q2'].flatMap((period) =>
      slots.map(([login, seq, kind]) => writer(login, seq, period, kind)),
    );
  };

  const count = (status: number) => statuses.set(status, (statuses.get(status) ?? 0) + 1);

  async function save(writer: Writer): Promise<'ok' | 'refused'> {
    writer.saves += 1;
    const progress = `${writer.name} save ${writer.saves}`;
    const response = await fetch(writer.url, {
      method: 'PUT',
      headers: writer.headers,
      body: JSON.stringify({ baseRev: writer.baseRev, progress }),
    });
    count(response.status);
    const body = (await response.json()) as {
      report?: { id: number; rev: number };
      error?: { code: string };
    };
    if (response.status === 200 && body.report) {
      writer.reportId = body.report.id;
      writer.baseRev = body.report.rev;
      acknowledged.push({ reportId: body.report.id, rev: body.report.rev, progress });
      return 'ok';
    }
    refusals.push({ code: body.error?.code ?? '?', retryAfter: response.headers.get('retry-after') });
    return 'refused';
  }

  /**
   * After a refusal the save may still have committed (the answer was lost with the connection):
   * read the filing's revision again, until the read itself goes through or the time is up.
   */
  async function refresh(writer: Writer, deadline: number): Promise<void> {
    if (writer.reportId === null) return;
    while (Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 50));
      const response = await fetch(`${server.url}/api/reports/${writer.reportId}`, {
        headers: writer.headers,
      });
      count(response.status);
      if (response.status === 200) {
        writer.baseRev = ((await response.json()) as { report: { rev: number } }).report.rev;
        return;
      }
      await response.arrayBuffer();
    }
  }

  async function drive(one: Writer, started: number): Promise<void> {
    const deadline = started + LOAD_DEADLINE_MS;
    while (!stopLoad && one.saves < MAX_SAVES_PER_WRITER && Date.now() < deadline) {
      if ((await save(one)) === 'refused') await refresh(one, deadline);
    }
  }

  async function health(path: string): Promise<number> {
    const response = await fetch(`${server.url}${path}`);
    await response.arrayBuffer();
    return response.status;
  }

  async function untilSaved(one: Writer, timeoutMs: number): Promise<number> {
    const started = Date.now();
    while (Date.now() - started < timeoutMs) {
      if ((await save(one)) === 'ok') return Date.now() - started;
      await refresh(one, started + timeoutMs);
    }
    const last = JSON.stringify(refusals.slice(-3));
    throw new Error(`no save went through within ${timeoutMs} ms; last refusals ${last}\n${server.output()}`);
  }

  test('answers only 2xx or 503 with Retry-After, reconnects, and loses no acknowledged save', async () => {
    const all = writers();
    // The probe saves on its own filing, outside the load, to see when saving works again.
    const probe = writer('fgw.reporter', 1, '2024-Q3', 'task-report');
    for (const one of [...all, probe]) assert.equal(await save(one), 'ok', `${one.name}: first save`);
    const started = Date.now();
    stopLoad = false;
    const load = Promise.all(all.map((writer) => drive(writer, started)));
    await new Promise((resolve) => setTimeout(resolve, 1500));
    const beforeRestart = acknowledged.length;

    await postgres.restartFast();
    const afterFast = await untilSaved(probe, 20_000);

    await postgres.stopImmediate();
    // Down: the server says so, and a save is refused with the retry hint.
    assert.equal(await health('/api/health'), 503, 'health while the database is down');
    assert.equal(await health('/api/health/ready'), 503, 'readiness while the database is down');
    assert.equal(await save(probe), 'refused');
    await new Promise((resolve) => setTimeout(resolve, 500));
    await postgres.start();
    const afterCrash = await untilSaved(probe, 20_000);
    assert.equal(await health('/api/health'), 200);
    assert.equal(await health('/api/health/ready'), 200);

    await new Promise((resolve) => setTimeout(resolve, 1500));
    stopLoad = true;
    await load;

    const answered = Object.fromEntries(statuses);
    process.stdout.write(
      `# answers by status ${JSON.stringify(answered)}; ${acknowledged.length} saves acknowledged ` +
        `(${beforeRestart} before the first restart); first save after the fast restart ${afterFast} ms, ` +
        `after the immediate stop and start ${afterCrash} ms\n`,
    );
    assert.deepEqual(
      [...statuses.keys()].filter((status) => status !== 200 && status !== 503),
      [],
      `only 200 and 503: ${JSON.stringify(answered)}`,
    );
    assert.ok((statuses.get(503) ?? 0) >= 1, 'the outage was seen');
    for (const refusal of refusals) {
      assert.equal(refusal.code, 'db.unavailable');
      assert.equal(refusal.retryAfter, '2');
    }
    assert.ok(acknowledged.length > beforeRestart, 'saves went on after the restarts');
    await assertAllPresent(postgres.url('duban'), acknowledged);
  });
});

async function assertAllPresent(url: string, saves: Acknowledged[]): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ report_id: number; rev: number; progress: string }>(
      'SELECT report_id, rev, progress FROM report_revisions',
    );
    const stored = new Map(rows.map((row) => [`${row.report_id}:${row.rev}`, row.progress]));
    const missing = saves.filter((save) => stored.get(`${save.reportId}:${save.rev}`) !== save.progress);
    assert.deepEqual(missing, [], `${missing.length} of ${saves.length} acknowledged saves are missing`);
  } finally {
    await client.end();
  }
}
