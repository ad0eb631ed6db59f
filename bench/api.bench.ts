// npm run bench:api — the HTTP API under load on PostgreSQL, over loopback: a unit's worklist, a
// task's quarter with its history, saving an input, and the office's matrix, at 10 and 50
// connections, beside the bare routes (bench/support/baseline-server.ts) measured in the same run,
// and the same reads worked out afresh for every request, as the first read after a save is.
// The database is throwaway (created, loaded with a full year, dropped after); each server runs in
// a child process so its peak memory can be read. BENCH_BASELINE=0 leaves the bare routes out.
import type { ChildProcess } from 'node:child_process';
import { createBenchDatabase } from './support/bench-database.ts';
import { busiestUnit, loadYear, taskIdOf, type BenchYear } from './support/bench-year.ts';
import { saveScenario, type Scenario } from './support/save-scenario.ts';
import { log, nextMessage, peakRssOf, run, SECONDS, startServer, type Row } from './support/load-run.ts';

type CpuMeasured = Parameters<typeof run>[4];

const CONNECTIONS = [10, 50] as const;
/** Issue #14's goals: a scenario's successful req/s over a bare route's in the same run. */
const RATIO_GOALS = [
  { name: 'task with history', over: 'bare standings', share: 1 },
  { name: 'input save', over: 'bare standings', share: 0.35 },
  { name: 'worklist, first read after a save', over: 'bare worklist', share: 1 },
  { name: 'worklist', over: 'bare worklist', share: 0.7 },
] as const;
const PEAK_RSS_GOAL_MB = 250;
const WARMUP_SECONDS = 2;

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
    if (process.env['BENCH_BASELINE'] !== '0') rows.push(...(await baseline(bench.url, year)));
    const only = process.env['BENCH_ONLY'];
    const chosen = (list: Scenario[]) => list.filter((s) => !only || s.name === only);
    server = startServer('./api-server.mjs', bench.url, profileFlags());
    const { url } = await nextMessage<{ url: string }>(server, 'url');
    for (const scenario of chosen(scenarios(year, task21))) {
      rows.push(...(await measure(url, scenario, { serverPid: server.pid, databaseUrl: bench.url })));
      log(`server peak RSS after ${scenario.name}: ${mb(await peakRssOf(server))} MB`);
    }
    const peakRss = await peakRssOf(server);
    server.send('stop');
    // The same reads with nothing kept between requests: each as the first read after a save.
    server = startServer('./api-server.mjs', bench.url, profileFlags(), { BENCH_ANSWERS: 'fresh' });
    const fresh = await nextMessage<{ url: string }>(server, 'url');
    for (const scenario of chosen(afterSaveScenarios(year, task21))) {
      rows.push(...(await measure(fresh.url, scenario, { serverPid: server.pid, databaseUrl: bench.url })));
    }
    print(rows, peakRss, await peakRssOf(server));
  } finally {
    if (server?.connected) server.send('stop');
    await bench.drop();
  }
}

/** A short unmeasured run first (JIT, pools, caches), then one at each connection count. */
async function measure(url: string, scenario: Scenario, cpu: CpuMeasured): Promise<Row[]> {
  await run(url, scenario, CONNECTIONS[0], WARMUP_SECONDS);
  const rows: Row[] = [];
  for (const connections of CONNECTIONS) rows.push(await run(url, scenario, connections, SECONDS, cpu));
  return rows;
}

/** The bare Fastify + pg route over the busiest unit's Q4 reports, at both connection counts. */
async function baseline(databaseUrl: string, year: BenchYear): Promise<Row[]> {
  const child = startServer('./baseline-server.ts', databaseUrl);
  try {
    const { url } = await nextMessage<{ url: string }>(child, 'url');
    const unitId = busiestUnit(year).unitId;
    const rows: Row[] = [];
    for (const kind of ['standings', 'worklist']) {
      const path = `/baseline/${kind}/2024-Q4/${unitId}`;
      const scenario: Scenario = { name: `bare ${kind}`, options: { requests: [{ method: 'GET', path }] } };
      rows.push(...(await measure(url, scenario, { serverPid: child.pid, databaseUrl })));
    }
    return rows;
  } finally {
    child.send('stop');
  }
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

/** The worklist and the task as above, read from a server that keeps no answers between requests. */
function afterSaveScenarios(year: BenchYear, task21: number): Scenario[] {
  const { unitId: busiest } = busiestUnit(year);
  const lead = year.owing.find((unit) => unit.taskId === task21 && unit.role === 'lead');
  const get = (name: string, path: string, headers: object | undefined): Scenario => ({
    name,
    options: { requests: [{ method: 'GET', path, headers: { ...headers } }] },
  });
  return [
    get('worklist, first read after a save', '/api/worklist?period=2024-Q4', year.reporterOf.get(busiest)),
    get(
      'task with history, first read after a save',
      `/api/tasks/${task21}/periods/2024-Q3`,
      year.reporterOf.get(lead?.unitId ?? 0),
    ),
  ];
}

function print(rows: Row[], peakRss: number, freshPeakRss: number): void {
  const pad = (value: string | number, width: number) => String(value).padStart(width);
  console.log(`\nAPI on PostgreSQL over loopback, ${SECONDS} s per run`);
  console.log(
    '| scenario | conns | req/s | 2xx/s | p50 ms | p99 ms | non-2xx | errors | server CPU ms/req | PostgreSQL CPU ms/req |',
  );
  console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
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
      cpuCell(row.serverCpu),
      cpuCell(row.postgresCpu),
    ];
    console.log(`| ${cells.map((cell, i) => (i === 0 ? cell : pad(cell, 5))).join(' | ')} |`);
  }
  console.log(
    `server peak RSS: ${mb(peakRss)} MB (goal ≤ ${PEAK_RSS_GOAL_MB} MB: ${verdict(peakRss / 1024 / 1024 <= PEAK_RSS_GOAL_MB)}); the server keeping no answers: ${mb(freshPeakRss)} MB`,
  );
  const ok = (name: string, connections: number) =>
    rows.find((row) => row.name === name && row.connections === connections)?.ok;
  for (const goal of RATIO_GOALS) {
    const shares = CONNECTIONS.map((connections) => {
      const [mine, bare] = [ok(goal.name, connections), ok(goal.over, connections)];
      return mine === undefined || bare === undefined ? null : mine / bare;
    });
    const shown = shares.map((share, i) => `${share === null ? '?' : pct(share)} at ${CONNECTIONS[i]}`);
    const met = shares.every((share) => share !== null && share >= goal.share);
    console.log(
      `goal: ${goal.name} ≥ ${pct(goal.share)} of ${goal.over} (same run, 2xx/s): ${shown.join(', ')} (${verdict(met)})`,
    );
  }
}

const cpuCell = (ms: number | null) => (ms === null ? '?' : ms.toFixed(2));
const mb = (bytes: number) => (bytes / 1024 / 1024).toFixed(1);
const pct = (share: number) => `${(share * 100).toFixed(0)}%`;
const verdict = (met: boolean) => (met ? 'meets' : 'misses');

/** BENCH_PROFILE=DIR writes the server's CPU profile there (open it in Chrome's DevTools). */
function profileFlags(): string[] {
  const dir = process.env['BENCH_PROFILE'];
  const extra = process.env['BENCH_NODE_FLAGS']?.split(' ').filter(Boolean) ?? [];
  return [...(dir ? ['--cpu-prof', `--cpu-prof-dir=${dir}`] : []), ...extra];
}

await main();
