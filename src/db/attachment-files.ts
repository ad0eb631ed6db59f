// Evidence files on PGlite live as files under the data folder, named by their SHA-256, and the
// database row records the path and the hash in the upload's transaction. A 20 MB bytea parameter
// froze embedded PostgreSQL (WASM, on the server's thread) for about 10 s and cost 1.5-2 GB of
// memory; a file write costs tens of milliseconds and the file's size. PostgreSQL keeps bytea.
//
// The file is written (to a temporary name, flushed, then renamed) before the row is inserted, so
// a committed row always finds its file; a transaction that rolls back leaves a file no row names,
// which an identical upload reuses. Backups carry the files (db/backup: storage_path).
import { createHash, randomBytes } from 'node:crypto';
import { open, readFile, rename, stat, unlink } from 'node:fs/promises';
import { makeFolder } from './make-folder.ts';
import { dirname, join } from 'node:path';

export const ATTACHMENTS_FOLDER = 'attachments';

export interface AttachmentFiles {
  /** Stores the bytes under their hash; answers the path relative to the data folder. */
  put(content: Uint8Array, sha256: string): Promise<string>;
  /** The bytes at a stored path, checked against their recorded hash. */
  read(path: string, sha256: string): Promise<Uint8Array>;
}

export function attachmentFiles(root: string, storage: () => 'ok' | 'full' = () => 'ok'): AttachmentFiles {
  return {
    async put(content, sha256) {
      if (!/^[0-9a-f]{64}$/.test(sha256)) throw new Error(`not a SHA-256: ${sha256}`);
      // Below the disk reserve nothing is written, as the database refuses writes (507).
      if (storage() === 'full') throw Object.assign(new Error('the disk is nearly full'), { code: 'ENOSPC' });
      const path = join(ATTACHMENTS_FOLDER, sha256.slice(0, 2), sha256);
      const absolute = join(root, path);
      if (await sameSize(absolute, content.byteLength)) return path;
      await makeFolder(dirname(absolute));
      const temporary = `${absolute}.${randomBytes(6).toString('hex')}.tmp`;
      try {
        const handle = await open(temporary, 'wx', 0o640);
        try {
          await handle.writeFile(content);
          await handle.sync();
        } finally {
          await handle.close();
        }
        await rename(temporary, absolute);
      } catch (error) {
        await unlink(temporary).catch(() => undefined);
        throw error;
      }
      return path;
    },
    async read(path, sha256) {
      const content = await readFile(join(root, path));
      const actual = createHash('sha256').update(content).digest('hex');
      if (actual !== sha256) throw new Error(`attachment file ${path} does not match its recorded SHA-256`);
      return content;
    },
  };
}

async function sameSize(path: string, size: number): Promise<boolean> {
  try {
    return (await stat(path)).size === size;
  } catch {
    return false;
  }
}
