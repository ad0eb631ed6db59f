// npm run bench:backup — what filers feel while the server backs itself up. A demo server on PGlite
// answers two routes on two connections each: the bare one (/api/health, one `select 1`) and a
// unit's worklist. The admin takes backups (POST /api/backups, as the schedule does); the timings
// of the answers while each backup runs are set against the same routes idle, in the same run.
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import {
  currentPeriod,
  fmt,
  percentile,
  serveDemo,
  signIn,
  sleep,
  timeWhile,
  type Timings,
} from './support/demo-served.ts';

const ROUNDS = Number(process.env['BENCH_ROUNDS'] ?? 3);
const IDLE_MS = Number(process.env['BENCH_IDLE_MS'] ?? 4000);
const CONNECTIONS = 2;

const demo = await serveDemo((folder) => ['--backup-dir', join(folder, 'backups')]);
try {
  const { url } = demo.server;
  const admin = await signIn(url, 'admin');
  const reporter = await signIn(url, 'fgw-reporter');
  const routes = {
    bare: () => fetch(`${url}/api/health`),
    worklist: () =>
      fetch(`${url}/api/worklist?period=${currentPeriod()}`, { headers: { cookie: reporter.cookie } }),
  };
  const takeBackup = async () => {
    const started = performance.now();
    const response = await fetch(`${url}/api/backups`, {
      method: 'POST',
      headers: { cookie: admin.cookie, 'x-csrf-token': admin.csrf },
    });
    if (response.status !== 201)
      throw new Error(`backup answered ${response.status}: ${await response.text()}`);
    return performance.now() - started;
  };
  const window = async <T>(until: () => Promise<T>) => {
    const done = until();
    const [bare, worklist] = await Promise.all([
      timeWhile(routes.bare, CONNECTIONS, done),
      timeWhile(routes.worklist, CONNECTIONS, done),
    ]);
    return { bare, worklist, result: await done };
  };
  const seen = {
    idle: { bare: [] as number[], worklist: [] as number[] },
    backup: { bare: [] as number[], worklist: [] as number[] },
  };
  let failures = 0;
  const backupMs: number[] = [];
  const add = (into: { bare: number[]; worklist: number[] }, w: { bare: Timings; worklist: Timings }) => {
    into.bare.push(...w.bare.ms);
    into.worklist.push(...w.worklist.ms);
    failures += w.bare.failures + w.worklist.failures;
  };
  await window(() => sleep(1000)); // warm the caches
  for (let round = 0; round < ROUNDS; round += 1) {
    add(seen.idle, await window(() => sleep(IDLE_MS)));
    const during = await window(takeBackup);
    add(seen.backup, during);
    backupMs.push(during.result);
  }
  const memory = await demo.server.memory();
  const row = (label: string, values: number[]) =>
    `${label.padEnd(28)} n ${String(values.length).padStart(5)}   p50 ${fmt(percentile(values, 50)).padStart(9)}   p99 ${fmt(percentile(values, 99)).padStart(9)}   max ${fmt(Math.max(...values)).padStart(9)}`;
  console.log(
    `PGlite demo year, ${ROUNDS} backups taken through POST /api/backups, ${CONNECTIONS} connections per route`,
  );
  console.log(row('bare (/api/health), idle', seen.idle.bare));
  console.log(row('bare, during a backup', seen.backup.bare));
  console.log(row('worklist, idle', seen.idle.worklist));
  console.log(row('worklist, during a backup', seen.backup.worklist));
  const ratio = (a: number[], b: number[], p: number) => (percentile(a, p) / percentile(b, p)).toFixed(1);
  console.log(
    `during/idle: bare p99 ${ratio(seen.backup.bare, seen.idle.bare, 99)}x, max ${(Math.max(...seen.backup.bare) / Math.max(...seen.idle.bare)).toFixed(1)}x; ` +
      `worklist p99 ${ratio(seen.backup.worklist, seen.idle.worklist, 99)}x`,
  );
  console.log(
    `worklist/bare p50: idle ${ratio(seen.idle.worklist, seen.idle.bare, 50)}x, during a backup ${ratio(seen.backup.worklist, seen.backup.bare, 50)}x`,
  );
  console.log(
    `each backup took ${backupMs.map((ms) => fmt(ms)).join(', ')}; 5xx or failed answers: ${failures}`,
  );
  console.log(
    `server memory: ${(memory.rss / 2 ** 20).toFixed(0)} MiB now, peak ${(memory.peak / 2 ** 20).toFixed(0)} MiB`,
  );
} finally {
  await demo.close();
}
