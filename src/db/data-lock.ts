// One process at a time per PGlite data folder. PGlite is PostgreSQL inside this process, with no
// server to share: a second process on the same folder (`duban users create` while `duban serve`
// runs) would write beside the first one's buffers, and its work would be lost or corrupt the folder.
// The lock is a file holding the owner's pid; a lock left by a process that has died is taken over.
import { openSync, readFileSync, unlinkSync, writeSync, closeSync } from 'node:fs';
import { join } from 'node:path';
import { DomainError } from '../core/errors.ts';

export const LOCK_FILE = 'duban.lock';

export interface DataLock {
  release(): void;
}

interface LockOwner {
  pid: number;
  command: string;
  since: string;
}

/** The folders this process holds open: a second handle in the same process is refused too. */
const heldHere = new Set<string>();

/** Takes the folder's lock or throws `data.locked` naming the process that holds it. */
export function lockDataFolder(dataDir: string, command = describeCommand()): DataLock {
  const path = join(dataDir, LOCK_FILE);
  const owner: LockOwner = { pid: process.pid, command, since: new Date().toISOString() };
  if (heldHere.has(path)) throw lockedBy(dataDir, readOwner(path));
  if (!tryCreate(path, owner)) {
    const holder = readOwner(path);
    if (holder && holder.pid !== process.pid && isAlive(holder.pid)) throw lockedBy(dataDir, holder);
    // Stale (its process is gone) or unreadable: take it over.
    unlinkQuietly(path);
    if (!tryCreate(path, owner)) throw lockedBy(dataDir, readOwner(path));
  }
  heldHere.add(path);
  let held = true;
  const onExit = () => release();
  const release = () => {
    if (!held) return;
    held = false;
    heldHere.delete(path);
    process.off('exit', onExit);
    if (readOwner(path)?.pid === process.pid) unlinkQuietly(path);
  };
  process.on('exit', onExit);
  return { release };
}

function tryCreate(path: string, owner: LockOwner): boolean {
  let fd: number;
  try {
    fd = openSync(path, 'wx', 0o644);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  }
  try {
    writeSync(fd, `${JSON.stringify(owner)}\n`);
  } finally {
    closeSync(fd);
  }
  return true;
}

function readOwner(path: string): LockOwner | null {
  try {
    const parsed = JSON.parse(readFileSync(path, 'utf8')) as Partial<LockOwner>;
    return typeof parsed.pid === 'number'
      ? { pid: parsed.pid, command: String(parsed.command ?? '?'), since: String(parsed.since ?? '?') }
      : null;
  } catch {
    return null;
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to another user.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function unlinkQuietly(path: string): void {
  try {
    unlinkSync(path);
  } catch {
    // already gone
  }
}

function lockedBy(dataDir: string, holder: LockOwner | null): DomainError {
  const who = holder ? `'${holder.command}' (pid ${holder.pid}, since ${holder.since})` : 'another process';
  return new DomainError(
    'data.locked',
    'conflict',
    `the data folder ${dataDir} is in use by ${who}: PGlite serves one process at a time. ` +
      'Stop that process first, or run against PostgreSQL (DATABASE_URL). If no such process runs, ' +
      `delete ${join(dataDir, LOCK_FILE)}.`,
    { dataDir, pid: holder?.pid ?? null },
  );
}

function describeCommand(): string {
  const args = process.argv.slice(2).filter((arg) => !arg.startsWith('--import'));
  return `duban ${args.join(' ')}`.trim().slice(0, 200);
}
