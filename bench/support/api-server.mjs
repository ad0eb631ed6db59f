// The server under load, in its own process so its memory can be measured: the real app as
// `duban serve` runs it (the heap's growth set as serve sets it), compiled (dist/, `npm run build:server`), over DATABASE_URL, request log
// off, on a free loopback port. Plain JavaScript, so no TypeScript loader sits in the measured
// process. It tells the parent its address over IPC, answers 'rss' with its peak resident set,
// and closes on 'stop'.
import { existsSync, readdirSync, statSync } from 'node:fs';

const root = new URL('../../', import.meta.url);
const stamp = new URL('dist/BUILT', root);

/** The compiled server must be as new as the TypeScript it is built from. */
function assertBuilt() {
  const newest = readdirSync(new URL('src', root), { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile())
    .reduce((last, entry) => Math.max(last, statSync(`${entry.parentPath}/${entry.name}`).mtimeMs), 0);
  if (!existsSync(stamp) || statSync(stamp).mtimeMs < newest) {
    throw new Error('dist/ is missing or older than src/: run npm run build:server first');
  }
}

assertBuilt();
const load = (path) => import(new URL(`dist/${path}`, root).href);
const { keepHeapLean } = await load('cli/heap-growth.js');
keepHeapLean();
const { openDatabase } = await load('db/client.js');
const { createStore } = await load('db/store.js');
const { buildApp } = await load('http/app.js');
const { createProcessCaches } = await load('services/process-caches.js');
const { systemClock } = await load('services/support/clock.js');
const { argon2Hasher } = await load('services/support/password-hasher.js');
const { cryptoSecrets } = await load('services/support/secrets.js');

/**
 * BENCH_ANSWERS=fresh: worklists, matrices and tasks' quarters are worked out for every request,
 * as for the first read after a save moved their key (everything else is cached as usual).
 */
function freshAnswers() {
  const caches = createProcessCaches();
  const keepNothing = { answer: (_place, _key, workOut) => workOut() };
  return { ...caches, sharedAnswers: keepNothing, taskPeriods: keepNothing };
}

const databaseUrl = process.env['DATABASE_URL'];
if (!databaseUrl || !process.send) throw new Error('run by bench/api.bench.ts with DATABASE_URL');
const send = (message) => process.send?.(message);

const database = await openDatabase({ databaseUrl });
const app = await buildApp({
  caches: process.env['BENCH_ANSWERS'] === 'fresh' ? freshAnswers() : createProcessCaches(),
  store: createStore(database.db),
  clock: systemClock,
  hasher: argon2Hasher(),
  secrets: cryptoSecrets,
  database: database.kind,
  config: { logger: false },
});

process.on('message', (message) => {
  if (message === 'rss') {
    // The kernel's high-water mark of the resident set (ru_maxrss, in KiB), not a sample.
    send({ peakRss: process.resourceUsage().maxRSS * 1024, rss: process.memoryUsage.rss() });
  } else if (message === 'stop') {
    void app
      .close()
      .then(() => database.close())
      .then(() => process.exit(0));
  }
});

const url = await app.listen({ host: '127.0.0.1', port: 0 });
send({ url });
