// A progress bar on stderr: redrawn in place on a terminal, one line per step elsewhere.
import type { CommandIo } from '../main.ts';

export function progressBar(
  total: number,
  io: CommandIo,
): { tick: (label: string) => void; done: () => void } {
  let count = 0;
  const width = 24;
  return {
    tick(label) {
      count += 1;
      const filled = Math.round((count / total) * width);
      const bar = `[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${count}/${total} ${label}`;
      io.stderr(io.isTty ? `\r${bar}\u001b[K` : `${bar}\n`);
    },
    done() {
      if (io.isTty) io.stderr('\n');
    },
  };
}
