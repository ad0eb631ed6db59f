// npm run bench:years — ten plan years in one database against one: the bundled notice imported as
// each year from 2015 to 2024, every owing unit filing every quarter (2015–2023 accepted, 2024 as
// bench:api loads it), and the 2024 figures of a unit's worklist, a task's quarter with its
// history, saving an input and the office's matrix measured on both databases, alternately, at 50
// connections. The servers keep no answers between requests (BENCH_ANSWERS=fresh), so every read
// goes to the database; a shared answer costs the session's query only, whatever the data's size.
import type { ChildProcess } from 'node:child_process';
import { sql } from 'drizzle-orm';
import pg from 'pg';
import { createBenchDatabase, type BenchDatabase } from './support/bench-database.ts';
import { busiestUnit, loadPastYear, loadYear, taskIdOf, type BenchYear } from './support/bench-year.ts';
import { log, nextMessage, run, SECONDS, startServer } from './support/load-run.ts';
import { saveScenario, type Scenario } from './support/save-scenario.ts';
import { hotQueryTimes } from './support/query-times.ts';

const PAST_YEARS = [2015, 2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023];
const CONNECTIONS = 50;
const ROUNDS = Number(process.env['BENCH_ROUNDS'] ?? 2);
const WITHIN = 0.1;
const WARMUP_SECONDS = 3;

interface Loaded {
  bench: BenchDatabase;
  year: BenchYear;
  task21: number;
  scenarios: Scenario[];
  server: ChildProcess;
  url: string;
}

async function main(): Promise<void> {
  const opened: BenchDatabase[] = [];
  const servers: ChildProcess[] = [];
  try {
    const started = Date.now();
    const one = await createBenchDatabase();
    opened.push(one);
    const ten = await createBenchDatabase({
      years: PAST_YEARS,
      fill: async (parts, plan) => {
        const tally = await loadPastYear(parts, plan);
        log(`plan ${plan.year}: ${tally.reports} filings with ${tally.revisions} revisions`);
      },
    });
    opened.push(ten);
    const [first, all] = [await prepare(one), await prepare(ten)];
    servers.push(first.server, all.server);
    log(`setup: ${((Date.now() - started) / 1000).toFixed(0)} s`);
    log(`one year: ${await sizeOf(one)}; ten years: ${await sizeOf(ten)}`);
    const queries = { one: await queryTimes(first), ten: await queryTimes(all) };
    const best = new Map<string, { one: number; ten: number }>();
    // Each server first runs every scenario once unmeasured (JIT, pools, caches), then the rounds
    // alternate which database goes first.
    for (const [i, scenario] of first.scenarios.entries()) {
      await run(first.url, scenario, CONNECTIONS, WARMUP_SECONDS);
      await run(all.url, all.scenarios[i] ?? scenario, CONNECTIONS, WARMUP_SECONDS);
    }
    for (let round = 1; round <= ROUNDS; round += 1) {
      for (const [i, scenario] of first.scenarios.entries()) {
        const other = all.scenarios[i];
        if (!other) continue;
        const tenFirst = round % 2 === 0;
        const b = tenFirst ? await run(all.url, other, CONNECTIONS) : null;
        const a = await run(first.url, scenario, CONNECTIONS);
        const c = b ?? (await run(all.url, other, CONNECTIONS));
        const known = best.get(scenario.name) ?? { one: 0, ten: 0 };
        best.set(scenario.name, { one: Math.max(known.one, a.ok), ten: Math.max(known.ten, c.ok) });
      }
    }
    print(best);
    printQueries(queries);
  } finally {
    for (const server of servers) if (server.connected) server.send('stop');
    for (const bench of opened) await bench.drop();
  }
}

async function prepare(bench: BenchDatabase): Promise<Loaded> {
  const year = await loadYear(bench);
  const task21 = await taskIdOf(bench.database.db, bench.planId, 21);
  const server = startServer('./api-server.mjs', bench.url, [], { BENCH_ANSWERS: 'fresh' });
  const { url } = await nextMessage<{ url: string }>(server, 'url');
  await bench.database.db.execute(sql`analyze`);
  return { bench, year, task21, scenarios: scenarios(year, task21), server, url };
}

function scenarios(year: BenchYear, task21: number): Scenario[] {
  const busiest = busiestUnit(year).unitId;
  const lead = year.owing.find((unit) => unit.taskId === task21 && unit.role === 'lead');
  const get = (name: string, path: string, headers: object | undefined): Scenario => ({
    name,
    options: { requests: [{ method: 'GET', path, headers: { ...headers } }] },
  });
  return [
    get('worklist', '/api/worklist?period=2024-Q4', year.reporterOf.get(busiest)),
    get('task with history', `/api/tasks/${task21}/periods/2024-Q3`, year.reporterOf.get(lead?.unitId ?? 0)),
    saveScenario(year),
    get('office matrix', '/api/matrix?period=2024-Q4', year.supervisor),
  ];
}

function queryTimes(loaded: Loaded): Promise<Map<string, number>> {
  const lead = loaded.year.owing.find((unit) => unit.taskId === loaded.task21 && unit.role === 'lead');
  return hotQueryTimes(loaded.bench, { unitId: lead?.unitId ?? 0, taskId: loaded.task21 });
}

function printQueries(times: { one: Map<string, number>; ten: Map<string, number> }): void {
  console.log('\nThe same reads in the database alone (EXPLAIN ANALYZE, median of 25, ms)');
  console.log('| query | one year | ten years | ten / one |');
  console.log('| --- | ---: | ---: | ---: |');
  for (const [name, one] of times.one) {
    const ten = times.ten.get(name) ?? 0;
    console.log(`| ${name} | ${one.toFixed(3)} | ${ten.toFixed(3)} | ${((ten / one) * 100).toFixed(0)}% |`);
  }
}

async function sizeOf(bench: BenchDatabase): Promise<string> {
  const client = new pg.Client({ connectionString: bench.url });
  await client.connect();
  try {
    const { rows } = await client.query<Record<string, string>>(
      `select (select count(*) from plans) as plans, (select count(*) from reports) as reports,
              (select count(*) from report_revisions) as revisions,
              (select count(*) from audit_events) as events`,
    );
    const row = rows[0] ?? {};
    return `${row['plans']} plans, ${row['reports']} filings, ${row['revisions']} revisions, ${row['events']} audit events`;
  } finally {
    await client.end();
  }
}

function print(best: Map<string, { one: number; ten: number }>): void {
  console.log(
    `\nTen plan years against one, PostgreSQL over loopback, ${CONNECTIONS} connections, ${SECONDS} s per run, best of ${ROUNDS} alternating runs, nothing shared between requests`,
  );
  console.log('| scenario | one year 2xx/s | ten years 2xx/s | ten / one |');
  console.log('| --- | ---: | ---: | ---: |');
  for (const [name, { one, ten }] of best) {
    console.log(`| ${name} | ${one.toFixed(0)} | ${ten.toFixed(0)} | ${((ten / one) * 100).toFixed(0)}% |`);
  }
  for (const [name, { one, ten }] of best) {
    const verdict = ten >= one * (1 - WITHIN) ? 'meets' : 'misses';
    console.log(
      `within 10%: ${name}: ${((ten / one) * 100).toFixed(0)}% of the one-year figure (${verdict})`,
    );
  }
}

await main();
