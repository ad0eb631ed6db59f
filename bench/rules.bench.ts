// npm run bench:rules — the 2024 plan with a full year of filings for every owing unit, on a fresh
// PostgreSQL database (dropped afterwards): recomputes every light of the four quarters and the
// assessment ledger, and prints the time (goal: under one second) with the number of each.
import { randomBytes } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { eq } from 'drizzle-orm';
import pg from 'pg';
import type { Actor } from '../src/core/policy/policy.types.ts';
import { openDatabase } from '../src/db/client.ts';
import { applyMigrations } from '../src/db/migrate.ts';
import { periods } from '../src/db/schema/index.ts';
import { createStore } from '../src/db/store.ts';
import { importNotice } from '../src/importer/import-notice.ts';
import { ledgerOf } from '../src/services/assessment/ledger.usecases.ts';
import { commitPlanImport, previewPlanImport } from '../src/services/plans/plan-import.usecases.ts';
import type { Store } from '../src/services/store.ts';
import type { PlanRecord } from '../src/services/plans/plans.types.ts';
import { lightsOfPlan } from '../src/services/supervision/lights.usecases.ts';
import { loadSupervisionContext } from '../src/services/supervision/supervision-context.ts';
import { fixedClock } from '../src/services/support/clock.ts';
import { planYear, writeFilings } from '../tests/support/simulated-year.ts';
import { seedBytes } from '../tests/support/seed.ts';

const ADMIN_URL =
  process.env['DUBAN_BENCH_PG_URL'] ??
  process.env['DUBAN_TEST_PG_URL'] ??
  'postgres://postgres@127.0.0.1:5432/postgres';
const OPERATOR: Actor = { kind: 'system', role: 'admin', label: 'bench' };
const RUNS = 7;
const NOW = new Date('2025-01-20T02:00:00Z');

async function admin(statement: string): Promise<void> {
  const client = new pg.Client({ connectionString: ADMIN_URL });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}

async function load(store: Store, db: Parameters<typeof writeFilings>[0]) {
  const clock = fixedClock(new Date('2024-04-10T01:00:00Z'));
  const deps = { actor: OPERATOR, store, clock };
  const { preview } = await previewPlanImport({
    ...deps,
    bytes: seedBytes(),
    fileName: 'wuhu-2024-notice.txt',
    readNotice: importNotice,
  });
  const { plan } = await commitPlanImport({ ...deps, previewId: preview.id, acceptInferred: true });
  const scenario = await planYear({ store, planId: plan.id, year: plan.year });
  const written = await writeFilings(db, scenario);
  // Every quarter closed, so filings still missing count in the ledger too.
  await db.update(periods).set({ state: 'closed', closedAt: NOW }).where(eq(periods.planId, plan.id));
  return { plan, scenario, written };
}

/** What the office's dashboard and the assessment need: every light of the year, then the ledger. */
async function recompute(store: Store, plan: PlanRecord) {
  const start = performance.now();
  const context = await loadSupervisionContext(store.repos, plan);
  const lights = await lightsOfPlan(store.repos, context, NOW);
  const { ledger } = await ledgerOf(store.repos, context, NOW);
  return {
    ms: performance.now() - start,
    lights: lights.length,
    lines: ledger.lines.length,
    units: ledger.results.length,
  };
}

async function main(): Promise<void> {
  const name = `duban_bench_${process.pid}_${randomBytes(4).toString('hex')}`;
  await admin(`CREATE DATABASE ${name}`);
  const url = new URL(ADMIN_URL);
  url.pathname = `/${name}`;
  const database = await openDatabase({ databaseUrl: url.toString() });
  try {
    await applyMigrations(database);
    const store = createStore(database.db);
    const loading = performance.now();
    const { plan, scenario, written } = await load(store, database.db);
    console.log(
      `loaded: plan ${plan.year}, ${scenario.filings.length} owed filings, ${written.reports} reports, ${written.revisions} revisions (${(performance.now() - loading).toFixed(0)} ms)`,
    );
    await recompute(store, plan);
    const runs = [];
    for (let i = 0; i < RUNS; i++) runs.push(await recompute(store, plan));
    const times = runs.map((run) => run.ms).sort((a, b) => a - b);
    const last = runs.at(-1);
    console.log(
      `recompute lights + ledger: median ${times[Math.floor(RUNS / 2)]?.toFixed(0)} ms, best ${times[0]?.toFixed(0)} ms, worst ${times.at(-1)?.toFixed(0)} ms over ${RUNS} runs (goal < 1000 ms)`,
    );
    console.log(`lights: ${last?.lights}, ledger lines: ${last?.lines}, units ranked: ${last?.units}`);
  } finally {
    await database.close();
    await admin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  }
}

await main();
