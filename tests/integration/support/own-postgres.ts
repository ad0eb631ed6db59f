// A PostgreSQL 15 instance of the test's own, in a temporary folder on a free port, so a test may
// stop and restart it without touching the shared server on :5432. Run as the `postgres` user.
import { execFile, execFileSync } from 'node:child_process';
import { promisify } from 'node:util';
import { chownSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const BIN = '/usr/lib/postgresql/15/bin';

export interface OwnPostgres {
  /** postgres://postgres@127.0.0.1:PORT/postgres */
  adminUrl: string;
  url(database: string): string;
  /** pg_ctl restart -m fast: connections are ended (57P01), the server comes back. */
  restartFast(): Promise<void>;
  /** pg_ctl stop -m immediate: as if the server crashed; recovery replays the WAL at the next start. */
  stopImmediate(): Promise<void>;
  start(): Promise<void>;
  destroy(): Promise<void>;
}

export async function startOwnPostgres(): Promise<OwnPostgres> {
  const port = await freePort();
  const dir = mkdtempSync(join(tmpdir(), 'duban-pg-'));
  const data = join(dir, 'data');
  chownSync(dir, uid('postgres'), gid('postgres'));
  await asPostgres('initdb', ['-D', data, '-A', 'trust', '-U', 'postgres', '-E', 'UTF8', '--no-sync']);
  const options = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=on`;
  const pgCtl = (args: string[]) =>
    asPostgres('pg_ctl', ['-D', data, '-l', join(dir, 'log'), '-o', options, '-w', '-t', '60', ...args]);
  await pgCtl(['start']);
  const base = `postgres://postgres@127.0.0.1:${port}`;
  return {
    adminUrl: `${base}/postgres`,
    url: (database) => `${base}/${database}`,
    restartFast: () => pgCtl(['restart', '-m', 'fast']),
    stopImmediate: () => pgCtl(['stop', '-m', 'immediate']),
    start: () => pgCtl(['start']),
    destroy: async () => {
      await pgCtl(['stop', '-m', 'immediate']).catch(() => undefined);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

const run = promisify(execFile);

/** Runs without blocking this process, so the load a test drives goes on meanwhile. */
async function asPostgres(program: string, args: string[]): Promise<void> {
  await run('runuser', ['-u', 'postgres', '--', join(BIN, program), ...args], { timeout: 90_000 });
}

function uid(user: string): number {
  return Number(execFileSync('id', ['-u', user]).toString().trim());
}

function gid(user: string): number {
  return Number(execFileSync('id', ['-g', user]).toString().trim());
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}
