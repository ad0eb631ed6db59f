import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { databaseFailureOf } from '../../src/http/database-errors.ts';
import { toErrorResponse } from '../../src/http/error-response.ts';
import { DomainError } from '../../src/core/errors.ts';

const withCode = (code: string, message = 'x') => Object.assign(new Error(message), { code });
/** Drizzle wraps the driver's error as the cause of its own. */
const wrapped = (cause: Error) => new Error('Failed query: insert into "reports" …', { cause });

describe('database failures become 503 db.unavailable or 507 db.disk_full, never 500', () => {
  const unavailable = [
    ['57P01 terminating connection due to administrator command', withCode('57P01')],
    ['57P02 crash shutdown', withCode('57P02')],
    ['57P03 the database system is starting up', withCode('57P03')],
    ['08006 connection failure', withCode('08006')],
    ['08003 connection does not exist', withCode('08003')],
    ['53300 too many connections', withCode('53300')],
    ['ECONNREFUSED', withCode('ECONNREFUSED', 'connect ECONNREFUSED 127.0.0.1:5432')],
    ['ECONNRESET', withCode('ECONNRESET')],
    ['ETIMEDOUT', withCode('ETIMEDOUT')],
    ['pg: Connection terminated unexpectedly', new Error('Connection terminated unexpectedly')],
    [
      'pg: a client that is not queryable',
      new Error('Client has encountered a connection error and is not queryable'),
    ],
    ['pg pool: connect timeout', new Error('timeout exceeded when trying to connect')],
    ['the embedded database after an abort', withCode('DUBAN_DB_FAILED')],
  ] as const;
  for (const [name, error] of unavailable) {
    test(`${name} answers 503 db.unavailable with Retry-After, also wrapped by Drizzle`, () => {
      for (const candidate of [error, wrapped(error)]) {
        assert.equal(databaseFailureOf(candidate), 'unavailable');
        const response = toErrorResponse(candidate);
        assert.equal(response.status, 503);
        assert.equal(response.body.error.code, 'db.unavailable');
        assert.match(response.body.error.message, /数据库/);
        assert.equal(response.headers['retry-after'], '2');
      }
    });
  }

  test('a full disk (53100, or writes refused read-only near full) answers 507 db.disk_full', () => {
    for (const code of ['53100', '25006']) {
      const response = toErrorResponse(wrapped(withCode(code)));
      assert.equal(response.status, 507);
      assert.equal(response.body.error.code, 'db.disk_full');
      assert.match(response.body.error.message, /磁盘/);
    }
  });

  test('other database errors stay 500 internal, and say nothing of the failure', () => {
    for (const error of [
      withCode('23505', 'duplicate key password=hunter2'),
      new Error('boom'),
      withCode('42P01'),
    ]) {
      assert.equal(databaseFailureOf(error), null);
      const response = toErrorResponse(wrapped(error));
      assert.equal(response.status, 500);
      assert.doesNotMatch(JSON.stringify(response.body), /hunter2|duplicate/);
    }
  });

  test('a DomainError keeps its own status even when its message mentions a connection', () => {
    const error = new DomainError('report.not_found', 'not_found', 'Connection terminated unexpectedly');
    assert.equal(toErrorResponse(error).status, 404);
  });
});
