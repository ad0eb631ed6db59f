// The real server on a loopback port, over an in-memory database, serving the built web app.
import { fileURLToPath } from 'node:url';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../../../src/http/app.ts';
import { systemClock } from '../../../src/services/support/clock.ts';
import { cryptoSecrets } from '../../../src/services/support/secrets.ts';
import { testHasher } from '../../integration/support/deterministic.ts';
import { openTestDatabase, type TestDatabase } from '../../integration/support/test-database.ts';

export const WEB_ROOT = fileURLToPath(new URL('../../../web/dist', import.meta.url));

export interface RunningServer {
  url: string;
  app: FastifyInstance;
  db: TestDatabase;
  close(): Promise<void>;
}

export async function startServer(): Promise<RunningServer> {
  const db = await openTestDatabase();
  const app = await buildApp({
    store: db.store,
    clock: systemClock,
    hasher: testHasher,
    secrets: cryptoSecrets,
    database: db.database.kind,
    config: { webRoot: WEB_ROOT },
  });
  const url = await app.listen({ port: 0, host: '127.0.0.1' });
  return {
    url,
    app,
    db,
    close: async () => {
      await app.close();
      await db.close();
    },
  };
}
