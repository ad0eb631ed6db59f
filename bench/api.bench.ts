// npm run bench:api — the HTTP API under load on PostgreSQL, over loopback: a unit's worklist, a
// task's quarter with its history, saving an input, and the office's matrix, at 10 and 50
// connections. The database is throwaway (created, loaded with a full year, dropped after); the
// server runs in a child process so its peak memory can be read.
import { fork, type ChildProcess } from 'node:child_process';
import autocannon from 'autocannon';
import type { ServerMessage } from './support/api-server.ts';
import { createBenchDatabase } from './support/bench-database.ts';
import { loadYear, taskIdOf, type BenchYear } from './support/bench-year.ts';
import { saveScenario, type Scenario } from './support/save-scenario.ts';

const SECONDS = Number(process.env['BENCH_SECONDS'] ?? 10);
const CONNECTIONS = [10, 50] as const;
const GOALS: Record<string, number> = { worklist: 1610, 'input save': 800 };

interface Row {
  name: string;
  connections: number;
  rps: number;
  ok: number;
  p50: number;
  p99: number;
  non2xx: number;
  errors: number;
}

async function main(): Promise<void> {
  const started = Date.now();
  const bench = await createBenchDatabase();
  let server: ChildProcess | null = null;
  try {
    const year = await loadYear(bench);
    const task21 = await taskIdOf(bench.database.db, bench.planId, 21);
    log(
      `setup: plan 2024 imported, ${year.reporterOf.size} owing units, ${year.reportCount} reports with ${year.revisionCount} revisions, ${((Date.now() - started) / 1000).toFixed(1)} s`,
    );
    const rows: Row[] = [];
    if (process.env['BENCH_BASELINE'] === '1') rows.push(...(await baseline(bench.url, year)));
    server = startServer('./support/api-server.ts', bench.url, profileFlags());
    const { url } = await nextMessage<{ url: string }>(server, 'url');
    const only = process.env['BENCH_ONLY'];
    for (const scenario of scenarios(year, task21).filter((s) => !only || s.name === only)) {
      for (const connections of CONNECTIONS) rows.push(await run(url, scenario, connections));
    }
    server.send('rss');
    const { peakRss } = await nextMessage<{ peakRss: number }>(server, 'peakRss');
    print(rows, peakRss);
  } finally {
    if (server?.connected) server.send('stop');
    await bench.drop();
  }
}

function startServer(script: string, databaseUrl: string, flags: string[] = []): ChildProcess {
  return fork(new URL(script, import.meta.url), {
    execArgv: ['--import', 'tsx', ...flags],
    env: { ...process.env, DATABASE_URL: databaseUrl },
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
}

/** The bare Fastify + pg route over the busiest unit's Q4 reports, at both connection counts. */
async function baseline(databaseUrl: string, year: BenchYear): Promise<Row[]> {
  const child = startServer('./support/baseline-server.ts', databaseUrl);
  try {
    const { url } = await nextMessage<{ url: string }>(child, 'url');
    const unitId = busiestUnit(year).unitId;
    const rows: Row[] = [];
    for (const kind of ['standings', 'worklist']) {
      const path = `/baseline/${kind}/2024-Q4/${unitId}`;
      const scenario: Scenario = { name: `bare ${kind}`, options: { requests: [{ method: 'GET', path }] } };
      for (const connections of CONNECTIONS) rows.push(await run(url, scenario, connections));
    }
    return rows;
  } finally {
    child.send('stop');
  }
}

function busiestUnit(year: BenchYear): { unitId: number; owed: number } {
  const counts = new Map<number, number>();
  for (const unit of year.owing) counts.set(unit.unitId, (counts.get(unit.unitId) ?? 0) + 1);
  const [unitId, owed] = [...counts].sort((a, b) => b[1] - a[1])[0] ?? [0, 0];
  return { unitId, owed };
}

/** The heaviest worklist (the unit owing the most tasks), task 21's Q3 as its lead sees it, the matrix. */
function scenarios(year: BenchYear, task21: number): Scenario[] {
  const { unitId: busiest, owed } = busiestUnit(year);
  const lead = year.owing.find((unit) => unit.taskId === task21 && unit.role === 'lead');
  const busiestName = year.owing.find((unit) => unit.unitId === busiest)?.name ?? '?';
  log(`worklist of ${busiestName} (${owed} tasks); task 21 as its lead ${lead?.name ?? '?'} sees it`);
  const get = (name: string, path: string, headers: object | undefined): Scenario => ({
    name,
    options: { requests: [{ method: 'GET', path, headers: { ...headers } }] },
  });
  return [
    get('worklist', '/api/worklist?period=2024-Q4', year.reporterOf.get(busiest)),
    // The office naming the unit: shared by the city's filing generation rather than the unit's.
    get('worklist, office', `/api/worklist?period=2024-Q4&unitId=${busiest}`, year.supervisor),
    get('task with history', `/api/tasks/${task21}/periods/2024-Q3`, year.reporterOf.get(lead?.unitId ?? 0)),
    saveScenario(year),
    get('office matrix', '/api/matrix?period=2024-Q4', year.supervisor),
  ];
}

async function run(url: string, scenario: Scenario, connections: number): Promise<Row> {
  const result = await autocannon({ url, connections, duration: SECONDS, ...scenario.options });
  const row = {
    name: scenario.name,
    connections,
    rps: result.requests.average,
    ok: result['2xx'] / (result.duration || SECONDS),
    p50: result.latency.p50,
    p99: result.latency.p99,
    non2xx: result.non2xx,
    errors: result.errors + result.timeouts,
  };
  log(`${scenario.name} @${connections}: ${row.rps.toFixed(0)} req/s`);
  return row;
}

function print(rows: Row[], peakRss: number): void {
  const pad = (value: string | number, width: number) => String(value).padStart(width);
  console.log(`\nAPI on PostgreSQL over loopback, ${SECONDS} s per run`);
  console.log('| scenario | conns | req/s | 2xx/s | p50 ms | p99 ms | non-2xx | errors |');
  console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
  for (const row of rows) {
    const cells = [
      row.name,
      row.connections,
      row.rps.toFixed(0),
      row.ok.toFixed(0),
      row.p50,
      row.p99,
      row.non2xx,
      row.errors,
    ];
    console.log(`| ${cells.map((cell, i) => (i === 0 ? cell : pad(cell, 5))).join(' | ')} |`);
  }
  console.log(`server peak RSS: ${(peakRss / 1024 / 1024).toFixed(1)} MB`);
  for (const [name, goal] of Object.entries(GOALS)) {
    const at50 = rows.find((row) => row.name === name && row.connections === 50);
    const verdict = at50 && at50.ok >= goal ? 'meets' : 'misses';
    console.log(
      `goal: ${name} at 50 connections ≥ ${goal} successful req/s: ${at50?.ok.toFixed(0) ?? '?'} (${verdict})`,
    );
  }
  // The 1,610 is 70% of the bare route on its machine; here the bare route is measured too.
  const at50 = (name: string) => rows.find((row) => row.name === name && row.connections === 50)?.ok;
  const [worklist, bare] = [at50('worklist'), at50('bare worklist')];
  if (worklist !== undefined && bare !== undefined) {
    const share = worklist / bare;
    const verdict = share >= 0.7 ? 'meets' : 'misses';
    console.log(
      `goal: worklist at 50 connections ≥ 70% of the bare worklist route measured here (${bare.toFixed(0)} req/s): ${(share * 100).toFixed(0)}% (${verdict})`,
    );
  }
}

/** BENCH_PROFILE=DIR writes the server's CPU profile there (open it in Chrome's DevTools). */
function profileFlags(): string[] {
  const dir = process.env['BENCH_PROFILE'];
  return dir ? ['--cpu-prof', `--cpu-prof-dir=${dir}`] : [];
}

function nextMessage<T extends Partial<ServerMessage>>(child: ChildProcess, key: string): Promise<T> {
  return new Promise((resolve, reject) => {
    const onMessage = (message: unknown) => {
      if (message && typeof message === 'object' && key in message) {
        child.off('message', onMessage);
        resolve(message as T);
      }
    };
    child.on('message', onMessage);
    child.once('exit', (code) => reject(new Error(`the server exited (${code ?? 'signal'})`)));
  });
}

function log(line: string): void {
  process.stderr.write(`${line}\n`);
}

await main();
