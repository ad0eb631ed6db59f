// `npm run bench:start`: how fast `duban serve` answers its first /api/health and how much memory
// it holds once idle, compiled (dist/) and through tsx, on a PGlite folder migrated beforehand.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { startServer, runDuban } from '../tests/support/compiled-server.ts';

const RUNS = Number(process.env['BENCH_RUNS'] ?? 3);
const IDLE_MS = Number(process.env['BENCH_IDLE_MS'] ?? 5000);

interface Sample {
  startMs: number;
  idleRss: number;
}

const PG_ADMIN = process.env['BENCH_PG_URL'] ?? 'postgres://postgres@127.0.0.1:5432/postgres';

async function sample(dataDir: string, env: NodeJS.ProcessEnv): Promise<Sample> {
  const started = performance.now();
  const server = await startServer(['--data', dataDir], { DUBAN_SCHEDULER_INTERVAL_MS: '0', ...env });
  try {
    for (;;) {
      const response = await fetch(`${server.url}/api/health`).catch(() => null);
      if (response?.ok) break;
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    const startMs = performance.now() - started;
    await new Promise((resolve) => setTimeout(resolve, IDLE_MS));
    return { startMs, idleRss: (await server.memory()).rss };
  } finally {
    await server.stop();
  }
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

async function measure(label: string, dataDir: string, env: NodeJS.ProcessEnv): Promise<string> {
  const samples: Sample[] = [];
  for (let i = 0; i < RUNS; i += 1) samples.push(await sample(dataDir, env));
  const start = median(samples.map((s) => s.startMs));
  const rss = median(samples.map((s) => s.idleRss)) / 1024 / 1024;
  return `${label.padEnd(24)} ${start.toFixed(0).padStart(8)} ms ${rss.toFixed(1).padStart(10)} MB`;
}

/** A throwaway PostgreSQL database, migrated, for the runs that measure the process without PGlite. */
async function withPostgres<T>(work: (url: string) => Promise<T>): Promise<T> {
  const name = `duban_bench_start_${process.pid}`;
  const admin = async (statement: string) => {
    const client = new pg.Client({ connectionString: PG_ADMIN });
    await client.connect();
    await client.query(statement).finally(() => client.end());
  };
  await admin(`CREATE DATABASE ${name}`);
  const url = new URL(PG_ADMIN);
  url.pathname = `/${name}`;
  try {
    const migrated = await runDuban(['migrate'], { DATABASE_URL: url.toString() });
    if (migrated.code !== 0) throw new Error(migrated.out);
    return await work(url.toString());
  } finally {
    await admin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  }
}

async function main(): Promise<void> {
  const dataDir = await mkdtemp(join(tmpdir(), 'duban-bench-start-'));
  try {
    const migrated = await runDuban(['migrate', '--data', dataDir]);
    if (migrated.code !== 0) throw new Error(migrated.out);
    const lines = [
      await measure('PGlite, compiled', dataDir, {}),
      await measure('PGlite, tsx', dataDir, { DUBAN_RUN_SOURCE: '1' }),
      ...(await withPostgres(async (url) => [
        await measure('PostgreSQL, compiled', dataDir, { DATABASE_URL: url }),
        await measure('PostgreSQL, tsx', dataDir, { DATABASE_URL: url, DUBAN_RUN_SOURCE: '1' }),
      ])),
    ];
    console.log(
      `duban serve, median of ${RUNS} starts on a migrated database; RSS after ${IDLE_MS / 1000} s idle`,
    );
    console.log(
      `${'database, how it runs'.padEnd(24)} ${'first /api/health'.padStart(11)} ${'idle RSS'.padStart(13)}`,
    );
    for (const line of lines) console.log(line);
  } finally {
    await rm(dataDir, { recursive: true, force: true });
  }
}

await main();
