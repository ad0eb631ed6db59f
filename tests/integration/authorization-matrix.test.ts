import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { matrixApp, seedMatrix, type Targets } from './support/authz/fixture.ts';
import {
  CELLS,
  classOf,
  LOGIN_OF,
  rowKey,
  type Cell,
  type MatrixRequest,
  type Row,
} from './support/authz/matrix.ts';
import { registeredApiRoutes } from './support/authz/routes.ts';
import {
  ACCOUNT_ROWS,
  BACKUP_ROWS,
  PLAN_ROWS,
  SESSION_ROWS,
  SIGN_OUT_ROW,
  UNIT_ROWS,
} from './support/authz/rows-directory.ts';
import { DOCUMENT_ROWS } from './support/authz/rows-documents.ts';
import { REPORT_ROWS } from './support/authz/rows-reports.ts';
import { PERIOD_ROWS, SUPERVISION_ROWS } from './support/authz/rows-supervision.ts';
import { QUALITY_ROWS } from './support/authz/rows-quality.ts';
import type { SupervisionFixture } from './support/supervision-fixture.ts';
import { openTestDatabase, usingPostgres, type TestDatabase } from './support/test-database.ts';

/** Signing out ends the seeded sessions, so it goes last. */
const ROWS: Row[] = [
  ...SESSION_ROWS,
  ...ACCOUNT_ROWS,
  ...PLAN_ROWS,
  ...UNIT_ROWS,
  ...REPORT_ROWS,
  ...SUPERVISION_ROWS,
  ...PERIOD_ROWS,
  ...DOCUMENT_ROWS,
  ...QUALITY_ROWS,
  ...BACKUP_ROWS,
  SIGN_OUT_ROW,
];

interface ErrorBody {
  error?: { code?: string; message?: string };
}

/** What a denied answer says, with ids blanked: a hidden record must read like a missing one. */
function denial(response: LightMyRequestResponse): string {
  const { error } = response.json<ErrorBody>();
  return `${response.statusCode} ${error?.code ?? '?'} ${(error?.message ?? '').replace(/\d+/g, 'N')}`;
}

describe(`authorization matrix: every route × every role × own/other unit, on ${usingPostgres ? 'PostgreSQL' : 'PGlite'}`, () => {
  let testDb: TestDatabase;
  let app: FastifyInstance;
  let fx: SupervisionFixture;
  let targets: Targets;

  before(async () => {
    testDb = await openTestDatabase();
    const deps = await matrixApp(testDb);
    app = deps.app;
    ({ fx, targets } = await seedMatrix(testDb.database.db, deps));
  });
  after(async () => {
    await app.close();
    await testDb.close();
  });

  const send = (cell: Cell, request: MatrixRequest, method: Row['method']) => {
    const login = LOGIN_OF[cell];
    const auth = login ? fx.as(login).headers : {};
    return app.inject({
      method,
      url: request.url,
      payload: request.payload,
      headers: { ...auth, ...request.headers },
    });
  };

  test('every /api route has a row, and every row a route', () => {
    const registered = new Set(registeredApiRoutes(app));
    const rows = new Set(ROWS.map(rowKey));
    assert.equal(rows.size, ROWS.length, 'one row per route');
    const withoutRow = [...registered].filter((route) => !rows.has(route)).sort();
    const withoutRoute = [...rows].filter((route) => !registered.has(route)).sort();
    assert.deepEqual(withoutRow, [], `routes with no matrix row:\n  ${withoutRow.join('\n  ')}`);
    assert.deepEqual(
      withoutRoute,
      [],
      `rows for routes that are not registered:\n  ${withoutRoute.join('\n  ')}`,
    );
  });

  for (const row of ROWS) {
    test(rowKey(row), async (t) => {
      for (const cell of CELLS) {
        const gap = row.gaps?.[cell];
        await t.test(cell, gap ? { todo: gap } : {}, async () => {
          const response = await send(cell, row.request(targets), row.method);
          const expected = row.expect[cell];
          assert.equal(
            classOf(response.statusCode),
            expected,
            `${cell}: ${response.statusCode} ${response.body.slice(0, 300)}`,
          );
          if (!row.missing || !mustMatchMissing(cell, expected)) return;
          const missing = await send(cell, row.missing(targets), row.method);
          assert.equal(
            denial(response),
            denial(missing),
            `${cell}: a record it may not know answers like a missing one`,
          );
        });
      }
    });
  }
});

/**
 * Refusals that must not tell an existing record from a missing one: to anyone not signed in, to
 * everyone the record is hidden from, and to another unit's accounts.
 */
function mustMatchMissing(cell: Cell, expected: Row['expect'][Cell]): boolean {
  if (expected === 'allowed') return false;
  return expected !== 403 || cell === 'reporter.other' || cell === 'approver.other';
}
