// npm run bench:quality — the quality flags for a full quarter of ~1,000 filings of realistic size
// (each about 600 characters, with three earlier quarters, four other units' filings and two
// indicators), in process on the pure core. Goal (issue 15): under 5 ms per filing. For scale it
// also times the content check every save already runs (contentIssues) over the same filings.
import { performance } from 'node:perf_hooks';
import { computeQualityFlags, DEFAULT_QUALITY_RULES } from '../src/core/quality/index.ts';
import type { QualityInput } from '../src/core/quality/index.ts';
import { contentIssues } from '../src/core/report/report-content.ts';
import { LABELLED_FILINGS } from '../tests/fixtures/quality/filings.ts';

const FILINGS = 1_000;
const RUNS = 5;
const texts = LABELLED_FILINGS.map((filing) => filing.input.progress);

/** About 600 characters: consecutive labelled texts joined, so every filing reads differently. */
function textAt(index: number): string {
  let text = '';
  for (let i = index; text.length < 600; i += 7) text += texts[i % texts.length] ?? '';
  return text;
}

/** The longest filing a unit can save (20,000 characters), against texts as long. */
function longest(): QualityInput {
  const long = (start: number): string => {
    let text = '';
    for (let i = start; text.length < 20_000; i += 7) text += texts[i % texts.length] ?? '';
    return text.slice(0, 20_000);
  };
  return {
    ...quarter(1)[0]!,
    progress: long(0),
    earlier: ['2024-Q1', '2024-Q2', '2024-Q3'].map((period, q) => ({ period, progress: long(q * 5 + 1) })),
    peers: [1, 2, 3, 4].map((n) => ({ unitName: `单位${n}`, kind: 'unit_input', progress: long(n * 11) })),
  };
}

function quarter(count = FILINGS): QualityInput[] {
  return Array.from({ length: count }, (_, index) => ({
    kind: index % 5 === 0 ? 'task_report' : 'unit_input',
    unitName: `单位${index % 60}`,
    period: '2024-Q4',
    progress: textAt(index),
    problems: '',
    selfStatus: index % 9 === 0 ? 'completed' : 'on_track',
    percentComplete: index % 9 === 0 ? 100 : 70,
    evidenceCount: index % 3,
    earlier: ['2024-Q1', '2024-Q2', '2024-Q3'].map((period, q) => ({
      period,
      progress: textAt(index + q * 31 + 1),
    })),
    peers: [1, 2, 3, 4].map((n) => ({
      unitName: `单位${(index + n) % 60}`,
      kind: 'unit_input',
      progress: textAt(index + n * 13),
    })),
    indicators: [
      {
        indicatorId: 1,
        target: '地区生产总值增长7.5%左右',
        value: 6 + (index % 30) / 10,
        previousValue: 7,
        basisRequired: true,
      },
      { indicatorId: 2, target: '新增小微企业首贷户2500家以上', value: 1800 + index, previousValue: 1900 },
    ],
    previous: { period: '2024-Q3', percentComplete: 75 },
  }));
}

function time(work: () => void): number {
  const started = performance.now();
  work();
  return performance.now() - started;
}

const filings = quarter();
const contents = filings.map((filing) => ({
  progress: filing.progress,
  selfStatus: filing.selfStatus,
  percentComplete: filing.percentComplete,
  indicatorActuals: [],
  problems: '',
  nextSteps: '',
  attachmentIds: [],
}));
let flags = 0;
const qualityRuns: number[] = [];
const contentRuns: number[] = [];
for (let run = 0; run < RUNS; run += 1) {
  qualityRuns.push(
    time(() => {
      flags = 0;
      for (const filing of filings) flags += computeQualityFlags(filing, DEFAULT_QUALITY_RULES).flags.length;
    }),
  );
  contentRuns.push(time(() => contents.forEach((content) => contentIssues(content, { indicatorIds: [] }))));
}
const median = (values: number[]): number =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;
const quarterMs = median(qualityRuns);
const contentMs = median(contentRuns);
const averageLength = Math.round(filings.reduce((sum, filing) => sum + filing.progress.length, 0) / FILINGS);
console.log(
  `filings: ${FILINGS} (progress text ${averageLength} characters on average, 3 earlier quarters, 4 peers, 2 indicators)`,
);
console.log(`flags raised: ${flags}`);
console.log(`quality flags, full quarter: ${quarterMs.toFixed(1)} ms (median of ${RUNS} runs)`);
console.log(`quality flags, per filing: ${(quarterMs / FILINGS).toFixed(3)} ms (goal: under 5 ms)`);
console.log(
  `content check (contentIssues), full quarter: ${contentMs.toFixed(1)} ms; ratio ${(quarterMs / Math.max(contentMs, 0.001)).toFixed(0)}x`,
);
const long = longest();
const longMs = median(
  Array.from({ length: RUNS }, () => time(() => computeQualityFlags(long, DEFAULT_QUALITY_RULES))),
);
console.log(`longest filing (20,000 characters, 7 texts as long to compare): ${longMs.toFixed(1)} ms`);
