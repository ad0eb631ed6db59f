// Keeps the embedded database (PGlite) from hanging the server when its disk fills.
//
// PGlite runs PostgreSQL in WebAssembly on the server's own thread. When a write cannot extend the
// write-ahead log, PostgreSQL PANICs; in WASM that is an abort() inside `_PostgresMainLoopOnce`,
// after which the next statement spins forever inside the module, holding the event loop: no request
// (health included) is answered and SIGTERM is never handled. Two guards:
//  1. Before the disk is full: a cheap statfs of the data folder each second. Below the reserve,
//     the session turns read-only (`default_transaction_read_only`), so writes fail at once with
//     SQLSTATE 25006 (answered 507 db.disk_full) and reads go on; once space returns, writes resume.
//  2. If an abort happens anyway, the instance is marked failed and never entered again: every
//     statement fails at once (503 db.unavailable), and close() skips the module's own shutdown.
//     What was committed before is on disk; PostgreSQL's recovery replays it at the next start.
import { statfs } from 'node:fs/promises';
import type { PGlite } from '@electric-sql/pglite';

/** Free space kept for the write-ahead log: a new segment needs 16 MB, checkpoints more. */
export const DEFAULT_MIN_FREE_BYTES = 64 * 1024 * 1024;
const CHECK_EVERY_MS = 1000;

export interface PgliteGuard {
  /** 'full' while writes are refused for lack of disk space. */
  storage(): 'ok' | 'full';
  /** True once the module aborted: the database is out of service until the server restarts. */
  failed(): boolean;
  /** Checks free space now (also done every second). */
  check(): Promise<void>;
  stop(): void;
}

interface PgliteInternals {
  mod?: { _PostgresMainLoopOnce?: () => void };
  execProtocolRawSync: (message: Uint8Array) => Uint8Array;
  close: () => Promise<void>;
}

export function guardPglite(
  client: PGlite,
  dataDir: string,
  minFreeBytes = DEFAULT_MIN_FREE_BYTES,
): PgliteGuard {
  const internals = client as unknown as PgliteInternals;
  let aborted = false;
  trapAborts(internals, () => {
    aborted = true;
    process.stderr.write(
      'database: the embedded PostgreSQL stopped after a failed write; restart the server\n',
    );
  });
  refuseWhenAborted(internals, () => aborted);
  let full = false;
  let checking: Promise<void> | null = null;
  const apply = async (nowFull: boolean) => {
    if (nowFull === full || aborted) return;
    await client.exec(`SET default_transaction_read_only = ${nowFull ? 'on' : 'off'}`);
    full = nowFull;
    process.stderr.write(
      nowFull
        ? `database: less than ${minFreeBytes} bytes free in ${dataDir}; writes are refused until space returns\n`
        : `database: disk space is back in ${dataDir}; writes resume\n`,
    );
  };
  const check = () =>
    (checking ??= freeBytes(dataDir)
      .then((free) => apply(free < minFreeBytes))
      .catch(() => undefined)
      .finally(() => {
        checking = null;
      }));
  const timer = setInterval(() => void check(), CHECK_EVERY_MS);
  timer.unref();
  return {
    storage: () => (full ? 'full' : 'ok'),
    failed: () => aborted,
    check,
    stop: () => clearInterval(timer),
  };
}

async function freeBytes(dir: string): Promise<number> {
  const stats = await statfs(dir);
  return stats.bavail * stats.bsize;
}

/** An exception out of the main loop other than PostgreSQL's own error longjmp is an abort. */
function trapAborts(internals: PgliteInternals, onAbort: () => void): void {
  const mod = internals.mod;
  const loopOnce = mod?._PostgresMainLoopOnce;
  if (!mod || typeof loopOnce !== 'function') {
    throw new Error(
      'this PGlite build has no _PostgresMainLoopOnce: the disk-full guard cannot be installed',
    );
  }
  mod._PostgresMainLoopOnce = () => {
    try {
      loopOnce();
    } catch (error) {
      const status = (error as { status?: unknown } | null)?.status;
      if (status !== POSTGRES_MAIN_LONGJMP) onAbort();
      throw error;
    }
  };
}

/** Keep in step with PGlite's POSTGRES_MAIN_LONGJMP (pglite.ts): a database error, not an abort. */
const POSTGRES_MAIN_LONGJMP = 100;

function refuseWhenAborted(internals: PgliteInternals, aborted: () => boolean): void {
  const exec = internals.execProtocolRawSync.bind(internals);
  const close = internals.close.bind(internals);
  internals.execProtocolRawSync = (message) => {
    if (aborted()) throw databaseFailed();
    return exec(message);
  };
  // The module's shutdown would run PostgreSQL again; after an abort there is nothing to flush.
  internals.close = () => (aborted() ? Promise.resolve() : close());
}

export function databaseFailed(): Error {
  return Object.assign(new Error('the embedded database stopped after a failed write; restart the server'), {
    code: 'DUBAN_DB_FAILED',
  });
}
