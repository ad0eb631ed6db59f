// npm run bench:attachments — a 19.5 MB evidence file uploaded and downloaded through the use cases,
// each way of storing it in a fresh process: PGlite with the bytes inline (bytea, as before), PGlite
// with the bytes in a file under the data folder (as now), and PostgreSQL (inline) when reachable.
// Prints the upload and download times, the longest stall of the event loop (every other request
// waits that long) and how much the process's memory grew.
import { spawnSync } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { openDatabase, type OpenDatabaseOptions } from '../src/db/client.ts';
import { applyMigrations } from '../src/db/migrate.ts';
import { createStore } from '../src/db/store.ts';
import { getAttachmentFile, uploadAttachment } from '../src/services/reports/attachments.usecases.ts';
import { fixedClock } from '../src/services/support/clock.ts';
import { seedLoop } from '../tests/integration/support/loop-fixture.ts';

const SIZE = Math.round(19.5 * 1024 * 1024);
const PG_ADMIN = process.env['DUBAN_BENCH_PG_URL'] ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const MODES = ['pglite-inline', 'pglite-files', 'postgres'] as const;
type Mode = (typeof MODES)[number];

async function measure(mode: Mode): Promise<string> {
  const { options, cleanUp } = await target(mode);
  const database = await openDatabase(options);
  try {
    await applyMigrations(database);
    const fx = await seedLoop(database.db);
    const filesRoot = mode === 'pglite-files' ? database.filesRoot : null;
    const store = createStore(database.db, { filesRoot });
    const actor = fx.as('jxj.reporter').actor;
    const content = Buffer.concat([Buffer.from('%PDF-1.7\n'), randomBytes(SIZE - 9)]);
    const before = process.memoryUsage().rss;
    let peak = before;
    let longest = 0;
    let last = performance.now();
    // Every 10 ms: the gap since the last tick is how long the event loop was held.
    const ticker = setInterval(() => {
      const now = performance.now();
      longest = Math.max(longest, now - last);
      last = now;
      peak = Math.max(peak, process.memoryUsage().rss);
    }, 10);
    const settle = () => new Promise((resolve) => setTimeout(resolve, 50));
    await settle();
    const started = performance.now();
    const { attachment } = await uploadAttachment({
      actor,
      fileName: 'scan.pdf',
      content,
      store,
      clock: fixedClock(new Date('2024-06-20T02:00:00Z')),
    });
    const uploadMs = performance.now() - started;
    await settle();
    const read = performance.now();
    const file = await getAttachmentFile({ actor, attachmentId: attachment.id, store });
    const downloadMs = performance.now() - read;
    await settle();
    clearInterval(ticker);
    peak = Math.max(peak, process.memoryUsage().rss);
    const same = createHash('sha256').update(file.content).digest('hex') === attachment.sha256;
    return (
      `${mode.padEnd(14)} upload ${uploadMs.toFixed(0).padStart(6)} ms   download ${downloadMs.toFixed(0).padStart(5)} ms   ` +
      `longest stall ${longest.toFixed(0).padStart(6)} ms   memory +${((peak - before) / 2 ** 20).toFixed(0).padStart(5)} MB` +
      `${same ? '' : '   BYTES DIFFER'}`
    );
  } finally {
    await database.close();
    await cleanUp();
  }
}

async function target(mode: Mode): Promise<{ options: OpenDatabaseOptions; cleanUp: () => Promise<void> }> {
  if (mode !== 'postgres') {
    const dataDir = await mkdtemp(join(tmpdir(), 'duban-bench-attachments-'));
    return { options: { dataDir }, cleanUp: () => rm(dataDir, { recursive: true, force: true }) };
  }
  const name = `duban_bench_attachments_${process.pid}`;
  const admin = async (statement: string) => {
    const client = new pg.Client({ connectionString: PG_ADMIN });
    await client.connect();
    await client.query(statement).finally(() => client.end());
  };
  await admin(`CREATE DATABASE ${name}`);
  const url = new URL(PG_ADMIN);
  url.pathname = `/${name}`;
  return {
    options: { databaseUrl: url.toString() },
    cleanUp: () => admin(`DROP DATABASE ${name} WITH (FORCE)`),
  };
}

const mode = process.env['BENCH_MODE'] as Mode | undefined;
if (mode) {
  process.stdout.write(`${await measure(mode)}\n`);
} else {
  process.stdout.write(`A ${(SIZE / 2 ** 20).toFixed(1)} MB evidence file, one fresh process per storage:\n`);
  for (const each of MODES) {
    const run = spawnSync(process.execPath, ['--import', 'tsx', fileURLToPath(import.meta.url)], {
      env: { ...process.env, BENCH_MODE: each },
      encoding: 'utf8',
    });
    process.stdout.write(
      run.status === 0 ? run.stdout : `${each.padEnd(14)} failed: ${run.stderr.split('\n')[0]}\n`,
    );
  }
}
