import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { sql } from 'drizzle-orm';
import { auditEvents } from '../../src/db/schema/index.ts';
import { createAccount } from '../../src/services/accounts/accounts.usecases.ts';
import type { Store } from '../../src/services/store.ts';
import { sequenceSecrets, testClock, testHasher } from './support/deterministic.ts';
import { OPERATOR } from './support/http.ts';
import { openTestDatabase, type TestDatabase } from './support/test-database.ts';

describe('the audit trail', () => {
  let testDb: TestDatabase;
  const deps = { clock: testClock(), hasher: testHasher, secrets: sequenceSecrets() };

  before(async () => {
    testDb = await openTestDatabase();
  });
  after(async () => {
    await testDb.close();
  });

  const create = (store: Store, login: string) =>
    createAccount({
      actor: OPERATOR,
      login,
      displayName: login,
      role: 'leader',
      unitId: null,
      store,
      ...deps,
    });

  test('creating an account appends an audit event with who, what and the state after', async () => {
    const { account } = await create(testDb.store, 'audited');
    const events = await testDb.store.repos.audit.findForEntity('account', String(account.id));
    assert.equal(events.length, 1);
    const [event] = events;
    assert.equal(event?.action, 'account.create');
    assert.equal(event?.actorKind, 'system');
    assert.equal(event?.actorLabel, 'test');
    assert.deepEqual(event?.at, deps.clock());
    assert.equal((event?.after as { login?: string } | null)?.login, 'audited');
    assert.ok(!JSON.stringify(event?.after).includes('passwordHash'));
  });

  test('when the audit event cannot be written the account is not created either (one transaction)', async () => {
    const broken: Store = {
      ...testDb.store,
      transaction: (work) =>
        testDb.store.transaction((repos) =>
          work({
            ...repos,
            audit: { ...repos.audit, append: () => Promise.reject(new Error('audit down')) },
          }),
        ),
    };
    await assert.rejects(create(broken, 'never.saved'), /audit down/);
    assert.equal(await testDb.store.repos.accounts.findByLogin('never.saved'), null);
  });

  test('the database refuses to UPDATE an audit event', async () => {
    await create(testDb.store, 'kept.forever');
    await assert.rejects(
      testDb.database.db.update(auditEvents).set({ action: 'rewritten' }),
      (error: Error) => /append-only/.test(`${error.message} ${String(error.cause)}`),
    );
  });

  test('the database refuses to DELETE an audit event', async () => {
    await assert.rejects(testDb.database.db.delete(auditEvents), (error: Error) =>
      /append-only/.test(`${error.message} ${String(error.cause)}`),
    );
  });

  test('the database refuses to TRUNCATE the audit trail', async () => {
    await assert.rejects(testDb.database.db.execute(sql`truncate audit_events`), (error: Error) =>
      /append-only/.test(`${error.message} ${String(error.cause)}`),
    );
    const [row] = await testDb.database.db.select({ count: sql<number>`count(*)::int` }).from(auditEvents);
    assert.ok((row?.count ?? 0) >= 2);
  });
});
