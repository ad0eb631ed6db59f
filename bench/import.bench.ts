// npm run bench:import — median time to import the seed in-process, a 1,000-notice batch with heap samples,
// and the same over the corpus of real notices (time per notice, batch throughput, heap).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { importNotice } from '../src/importer/import-notice.ts';
import { corpusBatch, corpusTimings } from './support/corpus-import.ts';
import { hangingShapes } from '../tests/support/hanging-shapes.ts';

const root = new URL('..', import.meta.url).pathname;
const seed = readFileSync(join(root, 'samples/wuhu-2024-notice.txt'));
const gc = (globalThis as { gc?: () => void }).gc ?? (() => undefined);
const mb = (bytes: number): string => (bytes / 1024 / 1024).toFixed(1);

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? NaN;
}

async function seedTimings(runs: number): Promise<number[]> {
  for (let i = 0; i < 30; i++) await importNotice({ bytes: seed });
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    const result = await importNotice({ bytes: seed });
    times.push(performance.now() - start);
    if (result.tasks.length !== 220) throw new Error(`seed imported to ${result.tasks.length} tasks`);
  }
  return times;
}

function batchInputs(): { name: string; bytes: Uint8Array }[] {
  const dir = join(root, 'tests/fixtures/layouts');
  const fixtures = readdirSync(dir, { withFileTypes: true })
    .filter((f) => f.isFile() && /\.(txt|html|docx|xlsx)$/.test(f.name))
    .map((f) => ({ name: f.name, bytes: readFileSync(join(dir, f.name)) }));
  return [{ name: 'seed', bytes: seed }, ...fixtures];
}

async function batch(count: number): Promise<void> {
  const inputs = batchInputs();
  gc();
  const heapStart = process.memoryUsage().heapUsed;
  const samples: string[] = [];
  let bytes = 0;
  let tasks = 0;
  const start = performance.now();
  for (let i = 0; i < count; i++) {
    const input = inputs[i % inputs.length] ?? { bytes: seed, name: 'seed' };
    bytes += input.bytes.length;
    tasks += (await importNotice({ bytes: input.bytes, fileName: input.name })).tasks.length;
    if ((i + 1) % 200 === 0) {
      gc();
      samples.push(`${i + 1}:${mb(process.memoryUsage().heapUsed)}MB`);
    }
  }
  const seconds = (performance.now() - start) / 1000;
  console.log(
    `batch: ${count} notices (${inputs.length} different files, ${tasks} tasks) in ${seconds.toFixed(2)} s`,
  );
  console.log(
    `batch throughput: ${(count / seconds).toFixed(0)} notices/s, ${(bytes / 1024 / 1024 / seconds).toFixed(1)} MB/s`,
  );
  console.log(`batch heap after GC: start ${mb(heapStart)}MB, ${samples.join(', ')}`);
  console.log(`peak RSS: ${mb(process.resourceUsage().maxRSS * 1024)}MB`);
}

/** Each input that used to hang the importer, once, against the seed's median of the same run. */
async function hangingTimings(seedMedian: number): Promise<void> {
  for (const shape of hangingShapes) {
    const bytes = await shape.bytes();
    const start = performance.now();
    const result = await importNotice({ bytes, fileName: shape.fileName });
    const ms = performance.now() - start;
    const given = result.issues.find((i) => i.code === 'input.cut' || i.code === 'input.too_complex');
    console.log(
      `hanging shape "${shape.name}" (${mb(bytes.length)} MB): ${ms.toFixed(0)} ms = ${(ms / seedMedian).toFixed(0)}× the seed, ` +
        `${result.tasks.length} tasks, ${given ? `${given.code}: ${given.message}` : 'read whole'} (goal: under 2,000 ms)`,
    );
  }
}

const times = await seedTimings(200);
console.log(
  `seed import (220 tasks, ${seed.length} bytes): median ${median(times).toFixed(2)} ms, ` +
    `p90 ${[...times].sort((a, b) => a - b)[Math.floor(times.length * 0.9)]?.toFixed(2)} ms over ${times.length} runs (goal: under 20 ms)`,
);
await hangingTimings(median(times));
if (process.env.BENCH_ONLY === 'hanging') process.exit(0);
await batch(1000);
await corpusTimings(50);
await corpusBatch(2000);
console.log(`peak RSS after the corpus: ${mb(process.resourceUsage().maxRSS * 1024)}MB`);
