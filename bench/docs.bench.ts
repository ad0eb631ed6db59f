// npm run bench:docs — the office documents on the 2024 plan (220 tasks) with Q1 to Q3 filed in
// full, on in-memory PGlite and on PostgreSQL (how an office runs it): the quarterly summary export for one period, and every owing unit's
// template for Q4 filled in and uploaded (first upload: new revisions; the same files again:
// unchanged). Timed through the use cases, not HTTP, so the figures measure the work.
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import ExcelJS from 'exceljs';
import { documentWriters } from '../src/exporter/document-writers.ts';
import { parseFeedbackTemplate } from '../src/importer/feedback-template/parse.ts';
import type { Actor } from '../src/core/policy/policy.types.ts';
import { exportSummary } from '../src/services/documents/summary.usecases.ts';
import { createProcessCaches } from '../src/services/process-caches.ts';
import { applyFeedbackTemplate } from '../src/services/documents/template-apply.usecases.ts';
import { exportFeedbackTemplate } from '../src/services/documents/template-export.usecases.ts';
import { benchData, clock, OPERATOR, type BenchDatabaseKind } from './docs-fixture.ts';

const seed = readFileSync(new URL('../samples/wuhu-2024-notice.txt', import.meta.url));
const ms = (value: number): string => `${value.toFixed(0)} ms`;
/** Collected before each timed run, so no run pays for the garbage of the one before (--expose-gc). */
const gc = (globalThis as { gc?: () => void }).gc ?? (() => undefined);

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? NaN;
}

/**
 * CPU time of this process (PGlite runs in it; PostgreSQL's own work is not counted), which a
 * machine shared with other work inflates far less.
 */
let lastCpu = 0;
const cpu = (): string => `cpu ${ms(lastCpu)}`;

async function timed<T>(work: () => Promise<T>): Promise<[T, number]> {
  gc();
  const start = performance.now();
  const startCpu = process.cpuUsage();
  const result = await work();
  const used = process.cpuUsage(startCpu);
  lastCpu = (used.user + used.system) / 1000;
  return [result, performance.now() - start];
}

/** A clerk's edit: next quarter's status, percent and a new first line on every row. */
async function fillIn(bytes: Uint8Array): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(new Uint8Array(bytes).buffer);
  const sheet = workbook.getWorksheet('反馈表');
  sheet?.eachRow((row, number) => {
    if (number < 5) return;
    row.getCell(5).value = '正常推进';
    row.getCell(6).value = 90;
    row.getCell(7).value = `四季度:全面完成年度目标任务。\n${row.getCell(7).text}`;
  });
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

/** The whole run on one database; the figures are printed as they come. */
async function runOn(kind: BenchDatabaseKind): Promise<void> {
  console.log(
    `\n## on ${kind === 'postgres' ? 'PostgreSQL (a throwaway database on the server)' : 'PGlite in memory'}`,
  );
  const setupStart = performance.now();
  const data = await benchData(seed, kind);
  const setup = performance.now() - setupStart;
  const { store } = data;
  const writers = documentWriters;
  console.log(
    `setup: 2024 plan, ${data.reporters.size} units, ${data.filingsPerQuarter} filings a quarter, Q1–Q3 filed (${ms(setup)})`,
  );

  const summaryRuns: number[] = [];
  const summaryCpu: number[] = [];
  for (let run = 0; run < 6; run++) {
    const [file, time] = await timed(() =>
      exportSummary({ actor: OPERATOR, period: '2024-Q3', store, clock, writers }),
    );
    if (run > 0) summaryRuns.push(time);
    if (run > 0) summaryCpu.push(lastCpu);
    if (run === 0) console.log(`summary 2024-Q3: ${(file.bytes.length / 1024).toFixed(0)} KB`);
  }
  console.log(
    `summary export, one period (2024-Q3): median ${ms(median(summaryRuns))} of ${summaryRuns.length} runs, cpu ${ms(median(summaryCpu))} (goal < 1 s)`,
  );

  const templates: { actor: Actor; bytes: Uint8Array }[] = [];
  const [, download] = await timed(async () => {
    for (const [unitId, actor] of data.reporters) {
      const file = await exportFeedbackTemplate({ actor, period: '2024-Q4', unitId, store, writers });
      templates.push({ actor, bytes: await fillIn(file.bytes) });
    }
  });
  console.log(
    `templates: ${templates.length} units downloaded and filled in (${ms(download)}, not part of the goal)`,
  );

  const caches = createProcessCaches();
  for (const round of ['first upload (every row a new revision)', 'same files again (every row unchanged)']) {
    let applied = 0;
    let unchanged = 0;
    const [, time] = await timed(async () => {
      for (const { actor, bytes } of templates) {
        const result = await applyFeedbackTemplate({
          actor,
          bytes,
          period: '2024-Q4',
          store,
          clock,
          caches,
          parse: parseFeedbackTemplate,
        });
        applied += result.applied;
        unchanged += result.unchanged;
      }
    });
    console.log(
      `re-import every unit's template for 2024-Q4, ${round}: ${ms(time)} for ${templates.length} files, ${applied} applied, ${unchanged} unchanged, ${cpu()} (goal < 2 s)`,
    );
  }
  const [, parsing] = await timed(async () => {
    for (const { actor, bytes } of templates) {
      const unitId = actor.kind === 'account' ? (actor.unitId ?? 0) : 0;
      await parseFeedbackTemplate({ bytes, expected: { period: '2024-Q4', unitId, tasks: [] } });
    }
  });
  console.log(`reading the ${templates.length} files alone (the template reader): ${ms(parsing)}, ${cpu()}`);
  await data.close();
}

// BENCH_DB=pglite or postgres runs one; by default both, the embedded database first.
const only = process.env['BENCH_DB'];
for (const kind of ['pglite', 'postgres'] as const) {
  if (!only || only === kind) await runOn(kind);
}
