// What an embedded PGlite weighs in the server's memory. Its engine lives in one WebAssembly memory
// that only grows, so every page PostgreSQL touches once stays resident for the life of the process:
// - shared buffers: PGlite's data folder asks for 160 MB; the pages it reads are cached by the
//   operating system anyway, so the server keeps a small pool (DUBAN_PGLITE_SHARED_BUFFERS, default
//   16MB) and stays under 400 MB while it serves;
// - initdb: creating a new folder runs a second engine that leaves several hundred megabytes behind
//   (about 820 MB resident right after, 470 MB after a full collection), so a new folder is created
//   in a short-lived child process and the server only ever opens an existing one.
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { PGlite, type PGliteOptions } from '@electric-sql/pglite';

const DEFAULT_SHARED_BUFFERS = '16MB';
/** PostgreSQL's memory units: 32MB, 8192kB, 1GB. */
const MEMORY_SETTING = /^\d+(kB|MB|GB)$/;

/** The engine's start parameters: PGlite's own, with a smaller pool of shared buffers. */
export function pgliteOptions(env: NodeJS.ProcessEnv = process.env): PGliteOptions {
  const chosen = env['DUBAN_PGLITE_SHARED_BUFFERS'];
  const sharedBuffers = chosen && MEMORY_SETTING.test(chosen) ? chosen : DEFAULT_SHARED_BUFFERS;
  return { startParams: [...PGlite.defaultStartParams, '-c', `shared_buffers=${sharedBuffers}`] };
}

/** Creates PGlite's files in a new data folder from another process; a folder that has them is left alone. */
export async function initialisePgliteFolder(folder: string): Promise<void> {
  if (existsSync(join(folder, 'PG_VERSION'))) return;
  const module = import.meta.resolve('@electric-sql/pglite');
  const script = `import { PGlite } from ${JSON.stringify(module)};
const db = await PGlite.create(${JSON.stringify(folder)});
await db.close();`;
  await promisify(execFile)(process.execPath, ['--input-type=module', '--eval', script], {
    maxBuffer: 16 * 1024 * 1024,
  });
}
