// The server under load, in its own process so its memory can be measured: the real app over
// DATABASE_URL, request log off, on a free loopback port. It tells the parent its address over IPC,
// answers 'rss' with its peak resident set, and closes on 'stop'.
import { openDatabase } from '../../src/db/client.ts';
import { createStore } from '../../src/db/store.ts';
import { buildApp } from '../../src/http/app.ts';
import { createProcessCaches, type ProcessCaches } from '../../src/services/process-caches.ts';
import type { SharedAnswers } from '../../src/services/reports/shared-answers.ts';
import { systemClock } from '../../src/services/support/clock.ts';
import { argon2Hasher } from '../../src/services/support/password-hasher.ts';
import { cryptoSecrets } from '../../src/services/support/secrets.ts';

/**
 * BENCH_ANSWERS=fresh: worklists, matrices and tasks' quarters are worked out for every request,
 * as for the first read after a save moved their key (everything else is cached as usual).
 */
function freshAnswers(): ProcessCaches {
  const caches = createProcessCaches();
  const keepNothing: SharedAnswers = { answer: (_place, _key, workOut) => workOut() };
  return { ...caches, sharedAnswers: keepNothing, taskPeriods: keepNothing };
}

export type ServerMessage = { url: string } | { peakRss: number; rss: number };

const databaseUrl = process.env['DATABASE_URL'];
if (!databaseUrl || !process.send) throw new Error('run by bench/api.bench.ts with DATABASE_URL');
const send = (message: ServerMessage) => process.send?.(message);

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

let peakRss = process.memoryUsage().rss;
const sampler = setInterval(() => {
  peakRss = Math.max(peakRss, process.memoryUsage().rss);
}, 50);

process.on('message', (message: unknown) => {
  if (message === 'rss') {
    const { rss } = process.memoryUsage();
    send({ peakRss: Math.max(peakRss, rss), rss });
  } else if (message === 'stop') {
    clearInterval(sampler);
    void app
      .close()
      .then(() => database.close())
      .then(() => process.exit(0));
  }
});

const url = await app.listen({ host: '127.0.0.1', port: 0 });
send({ url });
