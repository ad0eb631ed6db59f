// Which failures mean "the database is out of reach for now" (503, try again) or "its disk is full"
// (507), whatever driver raised them. Drizzle wraps a driver's error in `cause`, so the chain is read.
import { DomainError } from '../core/errors.ts';

/** Seconds a client is told to wait before trying again while the database is unreachable. */
export const DB_RETRY_AFTER_SECONDS = 2;

/** SQLSTATEs of a lost or refused connection: class 08, shutdowns (57P01-57P03), too many clients. */
const UNAVAILABLE_SQLSTATES = new Set([
  '57P01',
  '57P02',
  '57P03',
  '53300',
  '08000',
  '08001',
  '08003',
  '08004',
  '08006',
]);
/** Node's socket errors when the server is down or the link drops. */
const UNAVAILABLE_ERRNOS = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'EPIPE',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ENOTFOUND',
  'EAI_AGAIN',
]);
/** What `pg` says when a client dies under a query or a pool cannot connect in time. */
const UNAVAILABLE_MESSAGES = [
  'Connection terminated',
  'connection error and is not queryable',
  'timeout exceeded when trying to connect',
  'Client was closed and is not queryable',
];
/** Our own codes: the embedded database stopped for good (see db/pglite-guard.ts). */
const DUBAN_UNAVAILABLE = 'DUBAN_DB_FAILED';
/**
 * disk_full, and read_only_sql_transaction: the embedded database turns read-only while its disk is
 * nearly full (db/pglite-guard.ts); nothing else here ever runs a read-only transaction. ENOSPC: an
 * evidence file that could not be written (db/attachment-files.ts).
 */
const STORAGE_FULL = new Set(['53100', '25006', 'ENOSPC']);

export type DatabaseFailure = 'unavailable' | 'storage_full';

/** Classifies an error (and its causes) as a database outage, a full disk, or neither (null). */
export function databaseFailureOf(error: unknown): DatabaseFailure | null {
  let current: unknown = error;
  for (let depth = 0; depth < 5 && current instanceof Error; depth += 1) {
    const code = (current as { code?: unknown }).code;
    if (typeof code === 'string') {
      if (STORAGE_FULL.has(code)) return 'storage_full';
      if (UNAVAILABLE_SQLSTATES.has(code) || UNAVAILABLE_ERRNOS.has(code) || code === DUBAN_UNAVAILABLE)
        return 'unavailable';
    }
    const { message } = current;
    if (UNAVAILABLE_MESSAGES.some((text) => message.includes(text))) return 'unavailable';
    current = current.cause;
  }
  return null;
}

/** The stable, Chinese-worded error the client gets instead of a 500. */
export function databaseFailureError(failure: DatabaseFailure): DomainError {
  return failure === 'unavailable'
    ? new DomainError('db.unavailable', 'unavailable', '数据库暂时无法连接,请稍后重试', {
        retryAfterSeconds: DB_RETRY_AFTER_SECONDS,
      })
    : new DomainError('db.disk_full', 'storage_full', '服务器磁盘空间已满,本次保存未写入,请联系系统管理员', {
        retryAfterSeconds: 60,
      });
}
