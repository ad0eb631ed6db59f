// The real server with the notice importer, over an in-memory database: empty (for the import
// page) or seeded like `duban serve --demo` (the 2024 plan and the demo accounts).
import type { FastifyInstance } from 'fastify';
import { prepareDemo } from '../../../src/cli/demo.ts';
import { folderCatalog } from '../../../src/db/backup/backup-catalog.ts';
import type { Actor } from '../../../src/core/policy/policy.types.ts';
import { buildApp } from '../../../src/http/app.ts';
import { importNotice } from '../../../src/importer/import-notice.ts';
import { DEMO_PASSWORD } from '../../../src/services/demo/demo-accounts.ts';
import { demoActor } from '../../../src/services/demo/demo-actor.ts';
import { systemClock } from '../../../src/services/support/clock.ts';
import { cryptoSecrets } from '../../../src/services/support/secrets.ts';
import { testHasher } from '../../integration/support/deterministic.ts';
import { openTestDatabase, type TestDatabase } from '../../integration/support/test-database.ts';
import { WEB_ROOT } from './server.ts';

export interface DemoServer {
  url: string;
  app: FastifyInstance;
  db: TestDatabase;
  /** The password of every demo account. */
  password: string;
  /** The actor a demo login acts as, for seeding through the use cases. */
  actorOf(login: string): Promise<Actor>;
  close(): Promise<void>;
}

/**
 * `live`: the current year with its history, as `npm start` shows it (else plan 2024 alone).
 * `backupDirectory`: backups kept there, as `duban serve --backup-dir DIR --backup-every 24h`.
 */
export async function startDemoServer(options: {
  demo: boolean;
  live?: boolean;
  backupDirectory?: string;
}): Promise<DemoServer> {
  const db = await openTestDatabase();
  if (options.demo) {
    const outcome = await prepareDemo({
      store: db.store,
      clock: systemClock,
      hasher: testHasher,
      live: options.live ?? false,
    });
    if (outcome.status !== 'ready') throw new Error(`demo not seeded: ${outcome.reason}`);
  }
  const app = await buildApp({
    store: db.store,
    clock: systemClock,
    hasher: testHasher,
    secrets: cryptoSecrets,
    database: db.database.kind,
    readNotice: importNotice,
    backups: options.backupDirectory
      ? folderCatalog({
          database: db.database,
          directory: options.backupDirectory,
          filesRoot: null,
          schedule: { everyMs: 86_400_000, keep: 7 },
        })
      : null,
    config: { webRoot: WEB_ROOT, checkResponses: true },
  });
  const url = await app.listen({ port: 0, host: '127.0.0.1' });
  return {
    url,
    app,
    db,
    password: DEMO_PASSWORD,
    actorOf: (login) => demoActor(db.store.repos, login),
    close: async () => {
      await app.close();
      await db.close();
    },
  };
}
