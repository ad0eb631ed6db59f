// `npm run test:integration` (and `:pg`): the service and HTTP suites, compiled (.test-build/), two
// files at a time (file-pool.mjs), then the few that must run alone, one after the other. Each file is its own
// process with its own database (an in-memory PGlite, or a throwaway database on the PostgreSQL
// server), so two at once share nothing but the machine's two cores. Alone:
// - operations.test.ts rebuilds dist/, which other files start `duban` from;
// - reports-attachments-large.test.ts and pglite-disk-full.test.ts measure the process's memory,
//   event-loop stalls or a filling disk, which a neighbour would disturb;
// - postgres-restart.test.ts stops and starts its own PostgreSQL under load.
// Extra arguments go to `node --test` (a reporter, say).
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { longestFirst, runFilePool } from './file-pool.mjs';

const FOLDER = fileURLToPath(new URL('../.test-build/tests/integration/', import.meta.url));
const ALONE = new Set([
  'operations.test.js',
  'reports-attachments-large.test.js',
  'pglite-disk-full.test.js',
  'postgres-restart.test.js',
]);
const SIDE_BY_SIDE = 2;
/** The longest files, longest first (each over 20 s of CPU on PGlite), so none is left alone at the end. */
const LONGEST = [
  'backup-interrupted.test.js',
  'backup-restore.test.js',
  'authorization-matrix.test.js',
  'backup-from-copy.test.js',
  'upload-zip-bombs.test.js',
  'bootstrap.test.js',
  'data-lock.test.js',
  'backup-before-migration.test.js',
  'demo-live.test.js',
  'demo-notices.test.js',
];

const files = longestFirst(
  readdirSync(FOLDER).filter((name) => name.endsWith('.test.js')),
  LONGEST,
);
const shared = files.filter((name) => !ALONE.has(name)).map((name) => join(FOLDER, name));
const alone = files.filter((name) => ALONE.has(name)).map((name) => join(FOLDER, name));
const extra = process.argv.slice(2);

const sharedPassed = await runFilePool(shared, { sideBySide: SIDE_BY_SIDE, extra });
const alonePassed = await runFilePool(alone, { sideBySide: 1, extra });
process.exit(sharedPassed && alonePassed ? 0 : 1);
