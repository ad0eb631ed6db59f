// The corpus of real notices (tests/fixtures/notices): load every fixture, run the importer on it and
// score the result against the hand-written expectation. Conventions: tests/fixtures/notices/README.md.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ImportResult, Task } from '../../src/core/plan/plan.types.ts';
import { importNotice } from '../../src/importer/import-notice.ts';
import { readSource } from '../../src/importer/readers/read-source.ts';
import type { TaskPair } from './notice-keys.ts';
import {
  deadlineMatches,
  leadersMatch,
  matchTasks,
  numberMatches,
  textKey,
  unitsMatch,
} from './notice-keys.ts';

export type Level = 'province' | 'city' | 'county' | 'district' | 'zone';

export interface ExpectedTask {
  /** The number as printed: `1.` `1、` `(1)` `(一)` `①` `第3项` `1`. */
  number: string;
  text: string;
  leadUnits: string[];
  coUnits: string[];
  deadline?: { text: string; iso: string | null };
  leaders?: string[];
  /** The copy ends inside this task or before its units: it must get no units. */
  cut?: boolean;
}

export interface ExpectedNotice {
  /** null: the copy does not say it, nothing is expected. */
  plan: { year: number | null; issuer: string | null; level: Level };
  tasks: ExpectedTask[];
}

export interface NoticeMeta {
  id: string;
  title: string;
  issuer: string;
  level: Level;
  year: number;
  sourceUrl: string;
  layout: string[];
  notes: string;
}

export interface NoticeFixture {
  id: string;
  fileName: string;
  bytes: Uint8Array;
  meta: NoticeMeta;
  expected: ExpectedNotice;
}

/** Counts for one notice, or summed over the corpus. */
export interface Agreement {
  expected: number;
  /** Expected tasks found with the right text and the right number. */
  found: number;
  /** Expected tasks paired with an imported task whose number differs. */
  misnumbered: number;
  /** Expected tasks paired on their number only: the imported text differs. */
  textOff: number;
  leadRight: number;
  coRight: number;
  /** Both lead and co units exactly right. */
  unitsRight: number;
  /** Tasks the importer gave that match no expected task. */
  extra: number;
  deadlinesGiven: number;
  deadlinesRight: number;
  leadersGiven: number;
  leadersRight: number;
}

export interface NoticeScore extends Agreement {
  id: string;
  level: Level;
  planRight: number;
  planGiven: number;
  /** One line per expected task that is not fully right, for reading the report. */
  misses: string[];
  millis: number;
}

export const corpusDir = new URL('../fixtures/notices/', import.meta.url).pathname;

export function loadCorpus(dir: string = corpusDir): NoticeFixture[] {
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => loadFixture(join(dir, entry.name)))
    .sort((a, b) => a.id.localeCompare(b.id));
}

function loadFixture(dir: string): NoticeFixture {
  const source = readdirSync(dir).find((name) => name.startsWith('source.'));
  if (!source) throw new Error(`${dir}: no source.* file`);
  const meta = JSON.parse(readFileSync(join(dir, 'meta.json'), 'utf8')) as NoticeMeta;
  const expected = JSON.parse(readFileSync(join(dir, 'expected.json'), 'utf8')) as ExpectedNotice;
  return { id: meta.id, fileName: source, bytes: readFileSync(join(dir, source)), meta, expected };
}

/**
 * The words a fixture's source holds, for checking that an expectation copies only them: a text or
 * HTML copy as decoded; an office copy (.xlsx, .docx) as its reader gives it, every line and cell.
 */
export async function sourceText(fixture: NoticeFixture): Promise<string> {
  if (!/\.(xlsx|docx)$/u.test(fixture.fileName)) return new TextDecoder().decode(fixture.bytes);
  const { source } = await readSource({ bytes: fixture.bytes, fileName: fixture.fileName });
  if (!source) return '';
  if (source.kind === 'paragraphs') return source.lines.map((l) => l.text).join('\n');
  const lines = source.preamble.map((l) => l.text);
  const cells = source.rows.flatMap((r) => r.cells);
  return [...lines, ...cells].join('\n');
}

export function emptyAgreement(): Agreement {
  return {
    expected: 0,
    found: 0,
    misnumbered: 0,
    textOff: 0,
    leadRight: 0,
    coRight: 0,
    unitsRight: 0,
    extra: 0,
    deadlinesGiven: 0,
    deadlinesRight: 0,
    leadersGiven: 0,
    leadersRight: 0,
  };
}

/** Scores one import against its expectation; pure. */
export function scoreNotice(fixture: NoticeFixture, result: ImportResult, millis = 0): NoticeScore {
  const { expected } = fixture;
  const pairs = matchTasks(expected.tasks, result.tasks);
  const score: NoticeScore = {
    ...emptyAgreement(),
    id: fixture.id,
    level: fixture.meta.level,
    expected: expected.tasks.length,
    extra: result.tasks.length - pairs.filter((p) => p.actual).length,
    ...scorePlan(expected, result),
    misses: [],
    millis,
  };
  for (const pair of pairs) scoreTask(score, pair);
  const paired = new Set(pairs.map((p) => p.actual));
  for (const t of result.tasks.filter((t) => !paired.has(t))) {
    score.misses.push(`多出 ${t.label ?? String(t.seq)}: ${t.text.slice(0, 24)}`);
  }
  return score;
}

function scoreTask(score: NoticeScore, { wanted, actual, textRight }: TaskPair): void {
  if (!actual) {
    score.misses.push(`${wanted.number} 未找到: ${wanted.text.slice(0, 24)}`);
    return;
  }
  const numbered = numberMatches(wanted.number, actual);
  const lead = unitsMatch(wanted.leadUnits, actual.leadUnits);
  const co = unitsMatch(wanted.coUnits, actual.responsibleUnits);
  if (numbered && textRight) score.found += 1;
  if (!numbered) score.misnumbered += 1;
  if (!textRight) score.textOff += 1;
  if (lead) score.leadRight += 1;
  if (co) score.coRight += 1;
  if (lead && co) score.unitsRight += 1;
  scoreExtras(score, wanted, actual);
  if (!numbered || !textRight || !lead || !co)
    score.misses.push(describeMiss(wanted, actual, textRight, numbered, lead, co));
}

function scoreExtras(score: NoticeScore, wanted: ExpectedTask, actual: Task): void {
  if (wanted.deadline) {
    score.deadlinesGiven += 1;
    if (deadlineMatches(wanted.deadline, actual)) score.deadlinesRight += 1;
  }
  if (wanted.leaders?.length) {
    score.leadersGiven += 1;
    if (leadersMatch(wanted.leaders, actual)) score.leadersRight += 1;
  }
}

function describeMiss(
  wanted: ExpectedTask,
  actual: Task,
  textRight: boolean,
  numbered: boolean,
  lead: boolean,
  co: boolean,
): string {
  const parts = [`${wanted.number}`];
  if (!textRight) parts.push(`文字 「${actual.text.slice(0, 30)}」`);
  if (!numbered) parts.push(`序号 ${String(actual.seq)}`);
  if (!lead) parts.push(`牵头 [${wanted.leadUnits.join('、')}] ≠ [${actual.leadUnits.join('、')}]`);
  if (!co) parts.push(`责任 [${wanted.coUnits.join('、')}] ≠ [${actual.responsibleUnits.join('、')}]`);
  return parts.join(' ');
}

function scorePlan(expected: ExpectedNotice, result: ImportResult): { planRight: number; planGiven: number } {
  const checks: boolean[] = [];
  if (expected.plan.year !== null) checks.push(result.plan.year === expected.plan.year);
  if (expected.plan.issuer !== null)
    checks.push(textKey(result.plan.issuer ?? '') === textKey(expected.plan.issuer));
  const level = (result.plan as { level?: unknown }).level;
  if (level !== undefined) checks.push(level === expected.plan.level);
  return { planRight: checks.filter(Boolean).length, planGiven: checks.length };
}

/** Imports every fixture (with the importer's default directory) and scores it. */
export async function scoreCorpus(fixtures: NoticeFixture[] = loadCorpus()): Promise<NoticeScore[]> {
  const scores: NoticeScore[] = [];
  for (const fixture of fixtures) {
    const start = performance.now();
    const result = await importNotice({ bytes: fixture.bytes, fileName: fixture.fileName });
    scores.push(scoreNotice(fixture, result, performance.now() - start));
  }
  return scores;
}

export function sumAgreement(scores: readonly Agreement[]): Agreement {
  const total = emptyAgreement();
  for (const score of scores) {
    for (const key of Object.keys(total) as (keyof Agreement)[]) total[key] += score[key];
  }
  return total;
}

/** The three figures the corpus is held to, as fractions of the expected tasks. */
export function rates(total: Agreement): { found: number; lead: number; co: number } {
  const of = (n: number): number => (total.expected === 0 ? 0 : n / total.expected);
  return { found: of(total.found), lead: of(total.leadRight), co: of(total.coRight) };
}
