// `npm run test:e2e`: the browser files, compiled (.test-build/), two at a time (file-pool.mjs). Each file is its
// own process with its own server, in-memory database and Chromium, on a port of its own, so two
// at once share nothing but the machine's cores. The longest files start first, so that no long
// file is left running alone at the end; the others follow in name order.
// Extra arguments go to `node --test` (a reporter, say).
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { longestFirst, runFilePool } from './file-pool.mjs';

const FOLDER = fileURLToPath(new URL('../.test-build/tests/e2e/', import.meta.url));
const SIDE_BY_SIDE = 2;
/** The longest files, longest first (each several minutes on a 2-core machine). */
const LONGEST = [
  'unit-batches.e2e.test.js',
  'readable-office.e2e.test.js',
  'readable-units.e2e.test.js',
  'quarterly-loop.e2e.test.js',
  'unit-filing.e2e.test.js',
  'phone-tables.e2e.test.js',
  'quality-flags.e2e.test.js',
];

const names = readdirSync(FOLDER).filter((name) => name.endsWith('.e2e.test.js'));
const ordered = longestFirst(names, LONGEST).map((name) => join(FOLDER, name));

const passed = await runFilePool(ordered, { sideBySide: SIDE_BY_SIDE, extra: process.argv.slice(2) });
process.exit(passed ? 0 : 1);
