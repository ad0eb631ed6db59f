// A small disk of the test's own (tmpfs, mounted as root), to fill on purpose. A machine where it
// cannot be mounted fails the test loudly: the full-disk behaviour is never silently untested.
import { execFileSync } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, rmSync, statfsSync, unlinkSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface SmallDisk {
  /** The mount point. */
  dir: string;
  freeBytes(): number;
  /** Writes a filler file until only about `leaveBytes` (or not one byte) is free. */
  fill(leaveBytes?: number): void;
  /** Deletes the filler: the space comes back. */
  unfill(): void;
  unmount(): void;
}

export function mountSmallDisk(sizeMb: number): SmallDisk {
  const dir = mkdtempSync(join(tmpdir(), 'duban-disk-'));
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', `size=${sizeMb}m,mode=0755`, 'tmpfs', dir], {
      stdio: 'pipe',
    });
  } catch (error) {
    rmSync(dir, { recursive: true, force: true });
    throw new Error(
      `this test needs a small disk of its own: 'mount -t tmpfs' failed (run as root): ${String(error)}`,
    );
  }
  const filler = join(dir, 'filler');
  const freeBytes = () => {
    const stats = statfsSync(dir);
    return stats.bavail * stats.bsize;
  };
  return {
    dir,
    freeBytes,
    fill: (leaveBytes = 0) =>
      leaveBytes === 0 ? fillToTheLastByte(filler) : fillDisk(filler, freeBytes, leaveBytes),
    unfill: () => unlinkSync(filler),
    unmount: () => {
      execFileSync('umount', ['-l', dir], { stdio: 'pipe' });
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Fills the disk `path` is on to the last byte. */
export function fillToTheLastByte(path: string): void {
  const fd = openSync(path, 'a');
  const chunk = Buffer.alloc(1024 * 1024, 0x5a);
  try {
    for (const size of [chunk.length, 4096, 512, 1]) {
      try {
        for (;;) writeSync(fd, chunk, 0, size);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'ENOSPC') throw error;
      }
    }
  } finally {
    closeSync(fd);
  }
}

function fillDisk(path: string, freeBytes: () => number, leaveBytes: number): void {
  const fd = openSync(path, 'a');
  const chunk = Buffer.alloc(1024 * 1024, 0x5a);
  try {
    for (let free = freeBytes(); free > leaveBytes; free = freeBytes()) {
      const size = Math.min(chunk.length, Math.max(4096, free - leaveBytes));
      writeSync(fd, chunk, 0, size);
    }
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOSPC') throw error;
  } finally {
    closeSync(fd);
  }
}
