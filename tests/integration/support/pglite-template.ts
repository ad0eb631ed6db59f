// One migrated, empty PGlite cluster, built once and loaded by every in-memory test database:
// PGlite's initdb and the migrations run once per set of migrations instead of once per database.
// The dump is kept in node_modules/.cache (per checkout, gone with `npm ci`) under a name made of
// the migration files' contents and PGlite's version, so a new migration makes a new one.
import { createHash, randomBytes } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { MEMORY, openDatabase } from '../../../src/db/client.ts';
import { applyMigrations, MIGRATIONS_FOLDER } from '../../../src/db/migrate.ts';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const CACHE = join(ROOT, 'node_modules', '.cache', 'duban-test');
const PGLITE_PACKAGE = join(ROOT, 'node_modules', '@electric-sql', 'pglite', 'package.json');

let template: Promise<Blob> | null = null;

/** The dump of a freshly migrated PGlite database (`startFrom` for openDatabase). */
export function migratedPgliteTemplate(): Promise<Blob> {
  return (template ??= loadOrBuild());
}

async function loadOrBuild(): Promise<Blob> {
  const file = join(CACHE, `pglite-${templateKey()}.tar`);
  try {
    return new Blob([await readFile(file)]);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  const dump = await build();
  // Suites starting together may each build it; each writes its own file and renames it in place.
  await mkdir(CACHE, { recursive: true });
  const part = `${file}.${process.pid}-${randomBytes(4).toString('hex')}.part`;
  await writeFile(part, new Uint8Array(await dump.arrayBuffer()));
  await rename(part, file);
  return dump;
}

async function build(): Promise<Blob> {
  const database = await openDatabase({ dataDir: MEMORY });
  try {
    await applyMigrations(database);
    if (database.driver.kind !== 'pglite') throw new Error('the template is a PGlite database');
    return await database.driver.client.dumpDataDir('none');
  } finally {
    await database.close();
  }
}

function templateKey(): string {
  const hash = createHash('sha256');
  hash.update(readFileSync(PGLITE_PACKAGE));
  const files = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true })
      .flatMap((entry) => (entry.isDirectory() ? files(join(dir, entry.name)) : [join(dir, entry.name)]))
      .sort();
  for (const file of files(MIGRATIONS_FOLDER)) {
    hash.update(file.slice(MIGRATIONS_FOLDER.length));
    hash.update(readFileSync(file));
  }
  return hash.digest('hex').slice(0, 16);
}
