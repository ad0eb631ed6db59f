// Writes JSON lines through gzip to a file, hashing every line as written and waiting for the
// disk when gzip's buffer is full, so a backup's memory stays bounded by its largest row.
import { createHash } from 'node:crypto';
import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import { pipeline } from 'node:stream/promises';
import { createGzip } from 'node:zlib';

export interface LineSink {
  write(line: string): Promise<void>;
  /** Hex SHA-256 of every line written so far (with its newline), and how many. */
  digest(): { sha256: string; lines: number };
  close(lastLine: string): Promise<void>;
  abort(): Promise<void>;
}

export function openLineSink(path: string): LineSink {
  const gzip = createGzip({ level: 6 });
  const done = pipeline(gzip, createWriteStream(path, { flags: 'wx' }));
  done.catch(() => {});
  const hash = createHash('sha256');
  let lines = 0;
  const push = async (text: string) => {
    if (!gzip.write(text)) await Promise.race([once(gzip, 'drain'), done]);
  };
  return {
    write: async (line) => {
      const text = `${line}\n`;
      hash.update(text);
      lines += 1;
      await push(text);
    },
    digest: () => ({ sha256: hash.copy().digest('hex'), lines }),
    close: async (lastLine) => {
      gzip.end(`${lastLine}\n`);
      await done;
    },
    abort: async () => {
      gzip.destroy();
      await done.catch(() => {});
    },
  };
}
