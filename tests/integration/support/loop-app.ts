// The small loop plan (loop-fixture.ts) behind a test app on a fresh database, with a second
// handle on the same database that stands for another app process: its own pool on PostgreSQL,
// the same handle on PGlite (which has one).
import { after, before } from 'node:test';
import { openDatabase, type Database } from '../../../src/db/client.ts';
import { createStore } from '../../../src/db/store.ts';
import type { Store } from '../../../src/services/store.ts';
import { testApp } from './http.ts';
import { requester, seedLoop, type LoopFixture } from './loop-fixture.ts';
import { openTestDatabase, usingPostgres, type TestDatabase } from './test-database.ts';

export interface LoopApp {
  testDb: TestDatabase;
  deps: Awaited<ReturnType<typeof testApp>>;
  fx: LoopFixture;
  call: ReturnType<typeof requester>;
  other: { database: Database | null; store: Store };
  close(): Promise<void>;
}

export async function openLoopApp(now: Date): Promise<LoopApp> {
  const testDb = await openTestDatabase();
  const deps = await testApp(testDb);
  const fx = await seedLoop(testDb.database.db);
  deps.clock.set(now);
  const database = usingPostgres ? await openDatabase(testDb.options) : null;
  const other = { database, store: database ? createStore(database.db) : testDb.store };
  return {
    testDb,
    deps,
    fx,
    call: requester(deps.app, fx),
    other,
    async close() {
      await deps.app.close();
      await database?.close();
      await testDb.close();
    },
  };
}

/**
 * For a describe block: opens the loop app before its tests and closes it after. The fields are
 * there once the block's `before` has run, that is inside tests and the helpers they call.
 */
export function loopAppForSuite(now: Date): LoopApp {
  const loop = {} as LoopApp;
  before(async () => {
    Object.assign(loop, await openLoopApp(now));
  });
  after(() => loop.close());
  return loop;
}
