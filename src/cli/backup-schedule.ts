// `duban serve --backup-dir DIR --backup-every 24h --backup-keep N`: the server backs itself up.
// The first backup is due one interval after the newest scheduled one in the folder (now if none);
// after each, the oldest scheduled backups beyond N are removed.
import type { BackupEntry } from '../services/backups/backups.types.ts';
import type { folderCatalog } from '../db/backup/backup-catalog.ts';

const UNITS: Record<string, number> = { s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000 };

/** '90s', '30m', '24h', '7d' -> milliseconds; null when it is not such a duration. */
export function parseDuration(text: string): number | null {
  const match = /^(\d+(?:\.\d+)?)\s*([smhd])$/.exec(text.trim());
  if (!match) return null;
  const ms = Number(match[1]) * UNITS[match[2]!]!;
  return ms > 0 ? ms : null;
}

export interface BackupScheduleHandle {
  stop(): Promise<void>;
}

export function startBackupSchedule(input: {
  catalog: ReturnType<typeof folderCatalog>;
  everyMs: number;
  keep: number;
  onBackup: (entry: BackupEntry, removed: string[]) => void;
  onError: (error: unknown) => void;
  now?: () => number;
}): BackupScheduleHandle {
  const now = input.now ?? Date.now;
  let timer: NodeJS.Timeout | null = null;
  let running: Promise<void> | null = null;
  let stopped = false;
  const arm = (delayMs: number) => {
    if (stopped) return;
    // setTimeout holds at most ~24.8 days; longer waits are re-armed.
    timer = setTimeout(() => void (running = runOnce()), Math.min(Math.max(delayMs, 0), 2 ** 31 - 1));
  };
  const runOnce = async () => {
    try {
      const entry = await input.catalog.take('scheduled');
      input.onBackup(entry, await input.catalog.prune(input.keep));
    } catch (error) {
      input.onError(error);
    } finally {
      running = null;
      arm(input.everyMs);
    }
  };
  void input.catalog.list().then((entries) => {
    const last = entries.find((entry) => entry.origin === 'scheduled');
    arm(last ? last.takenAt.getTime() + input.everyMs - now() : 0);
  }, input.onError);
  return {
    stop: async () => {
      stopped = true;
      if (timer) clearTimeout(timer);
      await running;
    },
  };
}
