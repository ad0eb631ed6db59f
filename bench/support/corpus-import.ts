// bench:import over the corpus of real notices (tests/fixtures/notices): the time each notice takes
// to import, and a batch that cycles through all of them with heap samples.
import { performance } from 'node:perf_hooks';
import { importNotice } from '../../src/importer/import-notice.ts';
import { loadCorpus } from '../../tests/support/notice-corpus.ts';

const gc = (globalThis as { gc?: () => void }).gc ?? (() => undefined);
const mb = (bytes: number): string => (bytes / 1024 / 1024).toFixed(1);

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? NaN;
}

async function timeOne(bytes: Uint8Array, fileName: string, runs: number): Promise<number> {
  for (let i = 0; i < 5; i++) await importNotice({ bytes, fileName });
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await importNotice({ bytes, fileName });
    times.push(performance.now() - start);
  }
  return median(times);
}

/** Median import time of every corpus notice, then the slowest and the spread. */
export async function corpusTimings(runs: number): Promise<void> {
  const fixtures = loadCorpus();
  const rows: { id: string; bytes: number; ms: number }[] = [];
  for (const f of fixtures)
    rows.push({ id: f.id, bytes: f.bytes.length, ms: await timeOne(f.bytes, f.fileName, runs) });
  const times = rows.map((r) => r.ms);
  const slowest = rows.reduce((a, b) => (b.ms > a.ms ? b : a));
  console.log(
    `corpus: ${rows.length} real notices, median of ${runs} runs each: ` +
      `per-notice median ${median(times).toFixed(2)} ms, slowest ${slowest.id} ${slowest.ms.toFixed(2)} ms ` +
      `(${slowest.bytes} bytes), total ${times.reduce((a, b) => a + b, 0).toFixed(1)} ms for one pass`,
  );
}

/** Imports the corpus round-robin `count` times; throughput and heap after GC every fifth of the way. */
export async function corpusBatch(count: number): Promise<void> {
  const fixtures = loadCorpus();
  gc();
  const heapStart = process.memoryUsage().heapUsed;
  const samples: string[] = [];
  let [bytes, tasks] = [0, 0];
  const start = performance.now();
  for (let i = 0; i < count; i++) {
    const f = fixtures[i % fixtures.length];
    if (!f) break;
    bytes += f.bytes.length;
    tasks += (await importNotice({ bytes: f.bytes, fileName: f.fileName })).tasks.length;
    if ((i + 1) % Math.max(1, Math.floor(count / 5)) === 0) {
      gc();
      samples.push(`${i + 1}:${mb(process.memoryUsage().heapUsed)}MB`);
    }
  }
  const seconds = (performance.now() - start) / 1000;
  console.log(
    `corpus batch: ${count} imports of ${fixtures.length} real notices (${tasks} tasks) in ${seconds.toFixed(2)} s: ` +
      `${(count / seconds).toFixed(0)} notices/s, ${(bytes / 1024 / 1024 / seconds).toFixed(2)} MB/s`,
  );
  console.log(`corpus batch heap after GC: start ${mb(heapStart)}MB, ${samples.join(', ')}`);
}
