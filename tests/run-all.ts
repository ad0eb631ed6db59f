// Every check and test suite, in two lanes side by side (one per core of a small CI machine):
// the database lane runs the service and HTTP suites on PGlite, then on PostgreSQL, one file at a
// time, never both at once (both build dist/ and run bin/duban.mjs from it, see operations.test.ts);
// the other lane runs the static checks, the unit tests, the web build and the browser tests,
// which share no database, port or folder with the first. Each phase's output is kept and printed
// whole when it ends, so lanes never interleave; a failing phase fails the run, and the run ends
// with each phase's time and test counts. `npm test -- --lane db` (or `other`) runs one lane.
import { spawn } from 'node:child_process';

interface Phase {
  name: string;
  /** An npm script from package.json. */
  script: string;
}

const LANES: Record<string, Phase[]> = {
  db: [
    { name: 'integration on PGlite', script: 'test:integration' },
    { name: 'integration on PostgreSQL', script: 'test:integration:pg' },
  ],
  other: [
    { name: 'typecheck of the web app', script: 'typecheck:web' },
    { name: 'lint', script: 'lint' },
    { name: 'format check', script: 'format:check' },
    { name: 'unit', script: 'test:unit' },
    { name: 'browser (web build, then e2e)', script: 'test:e2e' },
  ],
};

interface Outcome {
  phase: Phase;
  code: number | null;
  seconds: number;
  counts: string;
}

function run(phase: Phase): Promise<Outcome> {
  const started = performance.now();
  return new Promise((resolve) => {
    const child = spawn('npm', ['run', '--silent', phase.script], { stdio: ['ignore', 'pipe', 'pipe'] });
    const chunks: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => chunks.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => chunks.push(chunk));
    child.on('close', (code) => {
      const output = Buffer.concat(chunks).toString();
      const seconds = (performance.now() - started) / 1000;
      process.stdout.write(`\n===== ${phase.name} (npm run ${phase.script}) =====\n${output}`);
      process.stdout.write(
        `===== ${phase.name}: ${code === 0 ? 'passed' : `FAILED (${code})`} in ${seconds.toFixed(0)} s\n`,
      );
      resolve({ phase, code, seconds, counts: testCounts(output) });
    });
  });
}

/**
 * node --test's closing summary ("ℹ tests 1355", "ℹ pass 1355", …), when the phase ran tests: the
 * last one printed, which is the whole phase's when a file pool (file-pool.mjs) ran its files.
 */
function testCounts(output: string): string {
  const count = (label: string) =>
    [...output.matchAll(new RegExp(`^(?:ℹ|#) ${label} (\\d+)$`, 'gm'))].at(-1)?.[1];
  const tests = count('tests');
  return tests === undefined ? '' : `${tests} tests, ${count('pass')} pass, ${count('fail')} fail`;
}

async function runLane(phases: Phase[]): Promise<Outcome[]> {
  const outcomes: Outcome[] = [];
  for (const phase of phases) {
    const outcome = await run(phase);
    outcomes.push(outcome);
    if (outcome.code !== 0) break;
  }
  return outcomes;
}

const laneIndex = process.argv.indexOf('--lane');
const chosen = laneIndex === -1 ? Object.keys(LANES) : [process.argv[laneIndex + 1] ?? ''];
const lanes = chosen.map((name) => {
  const phases = LANES[name];
  if (!phases) throw new Error(`no lane '${name}' (lanes: ${Object.keys(LANES).join(', ')})`);
  return phases;
});

const started = performance.now();
// Both lanes run the tests compiled to .test-build/ (tests/compile-tests.mjs): compile (and
// type-check) once before they start, so they never compile over each other.
const compiled = await run({ name: 'typecheck and compile', script: 'build:tests' });
const outcomes =
  compiled.code === 0 ? [compiled, ...(await Promise.all(lanes.map(runLane))).flat()] : [compiled];
const total = (performance.now() - started) / 1000;
process.stdout.write('\n===== summary =====\n');
for (const { phase, code, seconds, counts } of outcomes) {
  const status = code === 0 ? 'ok    ' : 'FAILED';
  process.stdout.write(
    `${status} ${seconds.toFixed(0).padStart(5)} s  ${phase.name}${counts ? `: ${counts}` : ''}\n`,
  );
}
const planned = lanes.flat().length + 1;
const failed = outcomes.some((outcome) => outcome.code !== 0) || outcomes.length < planned;
process.stdout.write(`${failed ? 'FAILED' : 'passed'} in ${total.toFixed(0)} s (two lanes side by side)\n`);
process.exitCode = failed ? 1 : 0;
