// `duban serve [--port N] [--host H] [--data DIR] [--demo]`: migrates (and with --demo seeds an
// empty database), then serves the API until stopped.
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { MEMORY, openDatabase } from '../../db/client.ts';
import { applyMigrations } from '../../db/migrate.ts';
import { createStore } from '../../db/store.ts';
import { buildApp } from '../../http/app.ts';
import { systemClock } from '../../services/support/clock.ts';
import { argon2Hasher } from '../../services/support/password-hasher.ts';
import { cryptoSecrets } from '../../services/support/secrets.ts';
import { databaseOptions } from '../database-options.ts';
import { importNoticeLazily, parseFeedbackTemplateLazily } from '../lazy-importer.ts';
import { demoBanner, prepareDemo, prepareDemoApart } from '../demo.ts';
import { startScheduler } from '../../services/supervision/scheduler.ts';
import { webhookSender } from '../../services/notifications/webhook-sender.ts';
import { DEFAULT_FOLLOW_UP_MS } from '../../services/notifications/digest-record.ts';
import type { CommandIo, CommandRun } from '../main.ts';
import { BACKUP_OPTIONS, backupBeforeMigrating, backupDirectory, serveBackups } from '../serve-backups.ts';
import type { Store } from '../../services/store.ts';
import { createMetrics, type Metrics } from '../../services/support/metrics.ts';
import { keepHeapLean } from '../heap-growth.ts';

const OPTIONS = {
  port: { type: 'string' },
  host: { type: 'string' },
  data: { type: 'string' },
  demo: { type: 'boolean' },
  ...BACKUP_OPTIONS,
} as const;

export const run: CommandRun = async (args, io) => {
  const { values } = parseArgs({ args, options: OPTIONS, strict: true });
  const env = process.env;
  const port = Number(values.port ?? env['PORT'] ?? '3000');
  if (!Number.isInteger(port) || port < 0 || port > 65_535) {
    io.stderr(`duban serve: '${values.port ?? env['PORT']}' is not a port number\n`);
    return 2;
  }
  const host = values.host ?? env['HOST'] ?? '127.0.0.1';
  const publicUrl = env['DUBAN_PUBLIC_URL'];
  const options = databaseOptions(values, env);
  const heapWarning = keepHeapLean(env);
  if (heapWarning) io.stderr(`${heapWarning}\n`);
  const demoStart = performance.now();
  // The demo is seeded apart, before the server opens the database (PGlite has one process).
  const apart = values.demo && options.dataDir !== MEMORY;
  const seeded = apart
    ? await prepareDemoApart(
        { data: options.dataDir, backupDir: backupDirectory(values, env, options) },
        io.stdout,
      )
    : null;
  const database = await openDatabase(options);
  await backupBeforeMigrating(database, options, backupDirectory(values, env, options), io);
  await applyMigrations(database);
  const backups = serveBackups(values, env, database, options, io);
  if (typeof backups === 'string') {
    io.stderr(`duban serve: ${backups}\n`);
    await database.close();
    return 2;
  }
  const store = createStore(database.db, database);
  const metrics = createMetrics();
  metrics.setPoolSource(() => database.poolStats());
  const hasher = argon2Hasher();
  const demo =
    seeded ?? (values.demo ? await prepareDemo({ store, clock: systemClock, hasher, live: true }) : null);
  const demoMs = Math.round(performance.now() - demoStart);
  const app = await buildApp({
    store,
    clock: systemClock,
    hasher,
    secrets: cryptoSecrets,
    database: database.kind,
    readNotice: importNoticeLazily,
    parseFeedbackTemplate: parseFeedbackTemplateLazily,
    metrics,
    backups: backups.catalog,
    config: {
      logger: env['DUBAN_LOG'] !== '0',
      metricsToken: env['DUBAN_METRICS_TOKEN'] || null,
      secureCookies: publicUrl?.startsWith('https:') ?? false,
      trustProxy: env['DUBAN_TRUST_PROXY'] === '1',
      webRoot: fileURLToPath(new URL('../../../web/dist', import.meta.url)),
    },
  });
  const address = await app.listen({ port, host });
  io.stdout(`Duban is serving on ${publicUrl ?? address} (API docs at /api/docs)\n`);
  io.stdout(`database: ${database.kind} (${database.location})\n`);
  io.stdout(
    `code: ${import.meta.url.endsWith('.js') ? 'compiled JavaScript (dist/)' : 'TypeScript through tsx'}\n`,
  );
  if (demo)
    io.stdout(`${demoBanner(demo, publicUrl ?? address)}demo ready in ${demoMs} ms
`);
  const scheduler = schedulerFrom(env, store, io, metrics);
  await stopSignal();
  await scheduler?.stop();
  backups.abort();
  await backups.schedule?.stop();
  await app.close();
  await database.close();
  return 0;
};

/** Reminders, escalation and group-chat posts every DUBAN_SCHEDULER_INTERVAL_MS (default a minute); 0 turns them off. */
function schedulerFrom(env: NodeJS.ProcessEnv, store: Store, io: CommandIo, metrics: Metrics) {
  const intervalMs = Number(env['DUBAN_SCHEDULER_INTERVAL_MS'] ?? '60000');
  if (!Number.isFinite(intervalMs) || intervalMs <= 0) return null;
  return startScheduler({
    store,
    clock: systemClock,
    intervalMs,
    followUpMs: followUpHours(env, io) * 3_600_000,
    deliver: webhookSender(),
    onError: (error) => {
      metrics.schedulerPass('failed');
      io.stderr(`scheduler: ${error instanceof Error ? error.message : String(error)}\n`);
    },
    onPass: (report) => metrics.schedulerPass('ok', report),
  });
}

/** DUBAN_DIGEST_FOLLOW_UP_HOURS: the least hours between a unit's chat digest and its follow-up. */
function followUpHours(env: NodeJS.ProcessEnv, io: CommandIo): number {
  const given = env['DUBAN_DIGEST_FOLLOW_UP_HOURS'];
  const fallback = DEFAULT_FOLLOW_UP_MS / 3_600_000;
  if (given === undefined || given === '') return fallback;
  const hours = Number(given);
  if (Number.isFinite(hours) && hours >= 0) return hours;
  io.stderr(`DUBAN_DIGEST_FOLLOW_UP_HOURS=${given} is not a number of hours; using ${fallback}\n`);
  return fallback;
}

function stopSignal(): Promise<void> {
  return new Promise((resolve) => {
    process.once('SIGINT', () => resolve());
    process.once('SIGTERM', () => resolve());
  });
}
