// What an operator relies on: readiness, request ids and logs, and /metrics kept to the machine.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../../src/http/app.ts';
import { createMetrics, type Metrics } from '../../src/services/support/metrics.ts';
import type { Store } from '../../src/services/store.ts';
import { sequenceSecrets, T0, testClock, testHasher } from './support/deterministic.ts';
import { makeAccount } from './support/http.ts';
import { seedLoop, type LoopFixture } from './support/loop-fixture.ts';
import { openTestDatabase, type TestDatabase } from './support/test-database.ts';

const TOKEN = 'metrics-token-for-the-test-0123456789';

describe('operating the server: readiness, request logs and metrics', () => {
  let testDb: TestDatabase;
  let fx: LoopFixture;
  let app: FastifyInstance;
  let metrics: Metrics;
  const lines: Record<string, unknown>[] = [];

  const appOver = (store: Store, extra: { metrics?: Metrics; logged?: boolean } = {}) =>
    buildApp({
      store,
      clock: testClock(),
      hasher: testHasher,
      secrets: sequenceSecrets(),
      database: testDb.database.kind,
      ...(extra.metrics ? { metrics: extra.metrics } : {}),
      config: {
        checkResponses: true,
        metricsToken: TOKEN,
        logger: extra.logged ?? false,
        logStream: { write: (line) => lines.push(JSON.parse(line) as Record<string, unknown>) },
      },
    });

  before(async () => {
    testDb = await openTestDatabase();
    fx = await seedLoop(testDb.database.db);
    metrics = createMetrics();
    app = await appOver(testDb.store, { metrics, logged: true });
  });
  after(async () => {
    await app.close();
    await testDb.close();
  });

  test('readiness answers 200 when the database answers and takes writes', async () => {
    const response = await app.inject({ method: 'GET', url: '/api/health/ready' });
    assert.equal(response.statusCode, 200);
    assert.deepEqual(response.json(), { ready: true, database: testDb.database.kind, reason: null });
  });

  test('readiness answers 503 db.unavailable while the database does not answer, never 500', async () => {
    const down = await appOver({
      ...testDb.store,
      ping: () => Promise.reject(new Error('Connection terminated')),
    });
    try {
      const ready = await down.inject({ method: 'GET', url: '/api/health/ready' });
      assert.equal(ready.statusCode, 503);
      assert.equal(ready.headers['retry-after'], '2');
      assert.equal(ready.json<{ reason: string }>().reason, 'db.unavailable');
    } finally {
      await down.close();
    }
  });

  test('readiness answers 503 db.disk_full while writes are refused, and liveness stays 200', async () => {
    const full = await appOver({ ...testDb.store, storage: () => 'full' });
    try {
      const ready = await full.inject({ method: 'GET', url: '/api/health/ready' });
      assert.equal(ready.statusCode, 503);
      assert.equal(ready.json<{ reason: string }>().reason, 'db.disk_full');
      assert.equal((await full.inject({ method: 'GET', url: '/api/health' })).statusCode, 200);
    } finally {
      await full.close();
    }
  });

  test('a well-formed X-Request-Id is kept and echoed; a malformed one is replaced', async () => {
    const kept = await app.inject({
      method: 'GET',
      url: '/api/health',
      headers: { 'x-request-id': 'nginx-4f2a.9' },
    });
    assert.equal(kept.headers['x-request-id'], 'nginx-4f2a.9');
    const replaced = await app.inject({
      method: 'GET',
      url: '/api/health',
      headers: { 'x-request-id': 'bad id\u0000<script>' },
    });
    const generated = String(replaced.headers['x-request-id']);
    assert.match(generated, /^[0-9a-f]{8}-[0-9a-z]+$/);
    const another = await app.inject({ method: 'GET', url: '/api/health' });
    assert.notEqual(another.headers['x-request-id'], generated);
  });

  test('each request logs one line: id, route pattern, status, duration and account; never secrets', async () => {
    lines.length = 0;
    const account = await makeAccount(
      { app, store: testDb.store, clock: testClock(), hasher: testHasher, secrets: sequenceSecrets() },
      { login: 'logs.admin' },
    );
    const login = await app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { login: account.login, password: account.password },
      headers: { 'x-request-id': 'login-1' },
    });
    assert.equal(login.statusCode, 200);
    const taskId = fx.taskIds.get(1) ?? 0;
    const saved = await app.inject({
      method: 'PUT',
      url: `/api/tasks/${taskId}/periods/2024-Q2/task-report?x=1`,
      payload: { baseRev: 0, progress: '秘密的进展文字' },
      headers: { ...fx.as('fgw.reporter').headers, 'x-request-id': 'save-1' },
    });
    assert.equal(saved.statusCode, 200);
    const line = lines.find((entry) => entry['reqId'] === 'save-1');
    assert.ok(line, 'the save has a log line');
    assert.equal(line['msg'], 'request');
    assert.equal(line['route'], '/api/tasks/:taskId/periods/:key/task-report');
    assert.equal(line['path'], `/api/tasks/${taskId}/periods/2024-Q2/task-report`);
    assert.equal(line['status'], 200);
    assert.equal(typeof line['ms'], 'number');
    const { actor } = fx.as('fgw.reporter');
    assert.equal(line['accountId'], actor.kind === 'account' ? actor.accountId : 'an account');
    const all = JSON.stringify(lines);
    for (const secret of [account.password, 'session-fgw.reporter', 'csrf-fgw.reporter', '秘密的进展文字']) {
      assert.ok(!all.includes(secret), `the log must not contain ${secret}`);
    }
    assert.ok(lines.some((entry) => entry['reqId'] === 'login-1' && entry['status'] === 200));
  });

  test('/metrics counts requests and latencies by route pattern and status, in Prometheus text', async () => {
    metrics.schedulerPass('ok', { delivered: 3, failed: 1 });
    metrics.backupWritten(new Date(T0.getTime() - 90_000));
    const response = await app.inject({ method: 'GET', url: '/metrics' });
    assert.equal(response.statusCode, 200);
    assert.match(String(response.headers['content-type']), /^text\/plain; version=0\.0\.4/);
    const body = response.body;
    const labels = 'method="PUT",route="/api/tasks/:taskId/periods/:key/task-report",status="200"';
    assert.match(body, new RegExp(`duban_http_requests_total\\{${escape(labels)}\\} 1\\n`));
    assert.match(body, new RegExp(`duban_http_request_duration_seconds_count\\{${escape(labels)}\\} 1\\n`));
    assert.match(
      body,
      new RegExp(`duban_http_request_duration_seconds_bucket\\{${escape(labels)},le="\\+Inf"\\} 1\\n`),
    );
    assert.match(body, /duban_http_requests_total\{method="GET",route="\/api\/health",status="200"\} \d+/);
    assert.match(body, /duban_scheduler_runs_total\{outcome="ok"\} 1\n/);
    assert.match(body, /duban_notices_sent_total 3\n/);
    assert.match(body, /duban_notices_failed_total 1\n/);
    assert.match(body, /duban_backup_age_seconds (9\d|1\d\d)(\.\d+)?\n/);
    assert.match(body, /\nprocess_resident_memory_bytes [1-9]\d+\n/);
    assert.match(body, /\nnodejs_heap_size_used_bytes [1-9]\d+\n/);
    assert.match(body, /\nnodejs_external_memory_bytes [1-9]\d+\n/);
    // Every sample line is name{labels} value or name value.
    for (const line of body
      .trim()
      .split('\n')
      .filter((l) => !l.startsWith('#'))) {
      assert.match(line, /^[a-z_]+(\{[^}]*\})? [0-9.e+-]+$/, line);
    }
  });

  test('/metrics refuses another machine, and a request forwarded by a proxy, without the token', async () => {
    const remote = await app.inject({ method: 'GET', url: '/metrics', remoteAddress: '10.0.0.5' });
    assert.equal(remote.statusCode, 403);
    assert.equal(remote.json<{ error: { code: string } }>().error.code, 'metrics.forbidden');
    const forwarded = await app.inject({
      method: 'GET',
      url: '/metrics',
      headers: { 'x-forwarded-for': '203.0.113.9' },
    });
    assert.equal(forwarded.statusCode, 403);
    const wrong = await app.inject({
      method: 'GET',
      url: '/metrics',
      remoteAddress: '10.0.0.5',
      headers: { authorization: 'Bearer not-the-token' },
    });
    assert.equal(wrong.statusCode, 403);
    const withToken = await app.inject({
      method: 'GET',
      url: '/metrics',
      remoteAddress: '10.0.0.5',
      headers: { authorization: `Bearer ${TOKEN}` },
    });
    assert.equal(withToken.statusCode, 200);
  });
});

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}
