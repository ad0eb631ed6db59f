// Runs test files as `node --test FILE` processes, a few at a time, taking them in the order given
// (`node --test` itself sorts its files by name, so it cannot start the longest first). Each file's
// output is printed whole when it ends, so files never interleave, and the run ends with the counts
// of every file together and the files that failed.
import { Buffer } from 'node:buffer';
import { spawn } from 'node:child_process';
import { basename } from 'node:path';
import { performance } from 'node:perf_hooks';

/** node --test's closing counts ("ℹ tests 12" under spec, "# tests 12" under TAP). */
const COUNT = /^(?:ℹ|#) (tests|pass|fail|cancelled|skipped|todo) (\d+)$/gm;

/** NAMES with the LONGEST (longest first) at the head, the others after them in name order. */
export function longestFirst(names, longest) {
  const rank = (name) => (longest.includes(name) ? longest.indexOf(name) : longest.length);
  return [...names].sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
}

function runOne(file, extra) {
  return new Promise((resolve) => {
    const started = performance.now();
    const child = spawn(process.execPath, ['--test', ...extra, file], { stdio: ['ignore', 'pipe', 'pipe'] });
    const chunks = [];
    child.stdout.on('data', (chunk) => chunks.push(chunk));
    child.stderr.on('data', (chunk) => chunks.push(chunk));
    child.on('close', (code, signal) => {
      const seconds = (performance.now() - started) / 1000;
      resolve({ file, code: code ?? (signal ? 1 : 0), output: Buffer.concat(chunks).toString(), seconds });
    });
  });
}

/**
 * Runs FILES, SIDE_BY_SIDE at once, in order; EXTRA goes to each `node --test` (a reporter, say).
 * Resolves to true when every file passed.
 */
export async function runFilePool(files, { sideBySide, extra = [] }) {
  const queue = [...files];
  const totals = new Map();
  const failed = [];
  const lane = async () => {
    for (let file = queue.shift(); file !== undefined; file = queue.shift()) {
      const outcome = await runOne(file, extra);
      for (const [, label, count] of outcome.output.matchAll(COUNT)) {
        totals.set(label, (totals.get(label) ?? 0) + Number(count));
      }
      if (outcome.code !== 0) failed.push(basename(file));
      process.stdout.write(
        `\n# ${basename(file)}: ${outcome.code === 0 ? 'passed' : 'FAILED'} in ${outcome.seconds.toFixed(0)} s\n`,
      );
      process.stdout.write(outcome.output);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, sideBySide) }, lane));
  const summary = ['tests', 'pass', 'fail', 'cancelled', 'skipped', 'todo'].map(
    (label) => `# ${label} ${totals.get(label) ?? 0}`,
  );
  process.stdout.write(`\n# ${files.length} files\n${summary.join('\n')}\n`);
  if (failed.length > 0) process.stdout.write(`# failed files: ${failed.join(', ')}\n`);
  return failed.length === 0;
}
