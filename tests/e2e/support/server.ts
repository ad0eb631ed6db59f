// The real server on a loopback port, over an in-memory database, serving the built web app.
import { fileURLToPath } from 'node:url';
import type { FastifyInstance } from 'fastify';
import { prepareDemo } from '../../../src/cli/demo.ts';
import { buildApp } from '../../../src/http/app.ts';
import { parseFeedbackTemplate } from '../../../src/importer/feedback-template/parse.ts';
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
    // As `duban serve` runs it: units may file through the Excel template.
    parseFeedbackTemplate,
    config: { webRoot: WEB_ROOT, checkResponses: true },
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

export interface DemoServer extends RunningServer {
  /** The one password of every demo account (admin, duchaban, shizhang, fgw-reporter…). */
  password: string;
}

/**
 * The server seeded as `duban serve --demo` seeds it: the bundled 2024 notice as plan 2024 and the
 * demo accounts, on the in-memory database with the fast test hasher.
 */
export async function startDemoServer(): Promise<DemoServer> {
  const server = await startServer();
  const outcome = await prepareDemo({ store: server.db.store, clock: systemClock, hasher: testHasher });
  if (outcome.status !== 'ready') {
    await server.close();
    throw new Error(`demo not seeded: ${outcome.reason}`);
  }
  return { ...server, password: outcome.password };
}
