// Run as a child process by pglite-disk-full.test.ts: fills the disk under a PGlite folder and
// makes PostgreSQL write a new WAL segment, which PANICs (an abort in WASM). Without the guard the
// next statement spins forever; the parent kills this process after a timeout and fails.
// Prints one JSON line of what happened; then waits for SIGTERM, as the server does.
import { sql } from 'drizzle-orm';
import { openDatabase } from '../../../src/db/client.ts';
import { applyMigrations } from '../../../src/db/migrate.ts';
import { createStore } from '../../../src/db/store.ts';
import { buildApp } from '../../../src/http/app.ts';
import { sequenceSecrets, testClock, testHasher } from './deterministic.ts';
import { fillToTheLastByte } from './small-disk.ts';

const [dataDir, fillerPath] = process.argv.slice(2) as [string, string];
const database = await openDatabase({ dataDir, minFreeBytes: 0 });
await applyMigrations(database);
const { db } = database;
await db.execute(sql`CREATE TABLE IF NOT EXISTS acknowledged (n integer primary key)`);
const acknowledged: number[] = [];
for (let n = 1; n <= 20; n += 1) {
  await db.execute(sql`INSERT INTO acknowledged (n) VALUES (${n})`);
  acknowledged.push(n);
}
fillToTheLastByte(fillerPath);
const outcome = async (statement: string) => {
  const started = Date.now();
  try {
    await db.execute(sql.raw(statement));
    return { statement, ok: true, ms: Date.now() - started };
  } catch (error) {
    const cause = (error as { cause?: { code?: string } }).cause;
    return {
      statement,
      ok: false,
      code: cause?.code ?? (error as { code?: string }).code,
      ms: Date.now() - started,
    };
  }
};
const steps = [
  await outcome('SELECT pg_switch_wal()'),
  await outcome('INSERT INTO acknowledged (n) VALUES (1000)'),
  await outcome('SELECT count(*) FROM acknowledged'),
  await outcome('INSERT INTO acknowledged (n) VALUES (1001)'),
];
const app = await buildApp({
  store: createStore(database.db, database),
  clock: testClock(),
  hasher: testHasher,
  secrets: sequenceSecrets(),
  database: 'pglite',
});
const health = await app.inject({ method: 'GET', url: '/api/health' });
const ready = await app.inject({ method: 'GET', url: '/api/health/ready' });
const accounts = await app.inject({
  method: 'POST',
  url: '/api/auth/login',
  payload: { login: 'a', password: 'b' },
});
const answers = [health, ready, accounts].map((r) => ({ status: r.statusCode, body: r.json<unknown>() }));
process.stdout.write(`${JSON.stringify({ acknowledged, steps, answers })}\n`);
process.once('SIGTERM', () => {
  void app
    .close()
    .then(() => database.close())
    .then(() => process.exit(0));
});
setInterval(() => undefined, 1000);
