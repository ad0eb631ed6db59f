// Creating a folder and the folders above it that are missing, one level at a time. Node's own
// `mkdir(path, { recursive: true })` never returns for a path it cannot create under a folder that
// exists, such as `/proc/x` (it creates the parent, which exists, and tries the child again, for
// ever); here each level is tried once, and a level that cannot be made is an error naming it.
import { mkdir, stat } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';

export async function makeFolder(path: string): Promise<void> {
  const missing: string[] = [];
  let level = resolve(path);
  // Up to the first level that exists (the root always does): at most one step per path segment.
  while (!(await exists(level))) {
    missing.unshift(level);
    const parent = dirname(level);
    if (parent === level) break;
    level = parent;
  }
  for (const folder of missing) {
    try {
      await mkdir(folder);
    } catch (error) {
      // Made meanwhile by someone else: as good as made here, if it is a folder.
      if ((error as NodeJS.ErrnoException).code === 'EEXIST' && (await stat(folder)).isDirectory()) continue;
      throw error;
    }
  }
  if (!(await stat(resolve(path))).isDirectory()) {
    throw Object.assign(new Error(`ENOTDIR: not a directory, mkdir '${resolve(path)}'`), { code: 'ENOTDIR' });
  }
}

async function exists(path: string): Promise<boolean> {
  try {
    await stat(path);
    return true;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return false;
    throw error;
  }
}
